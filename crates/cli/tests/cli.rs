//! The `city2city` command line, run as a user runs it, on SQLite and on PostgreSQL.

use city2city_store::Backend;
use city2city_store::testing::{TestDb, temp_dir};
use std::path::Path;
use std::process::{Command, Output};

/// A database for the binary: a data directory, or a PostgreSQL URL.
struct Target {
    db: TestDb,
}

impl Target {
    async fn new(backend: Backend) -> Option<Target> {
        Some(Target {
            db: TestDb::new(backend).await?,
        })
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_city2city"));
        cmd.env_remove("CITY2CITY_DATABASE_URL")
            .env("CITY2CITY_LOG", "warn");
        cmd.arg("--data-dir").arg(&self.db.data_dir);
        if let Some(url) = &self.db.url {
            cmd.arg("--database-url").arg(url);
        }
        cmd.args(args).output().expect("run city2city")
    }
}

fn ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "failed: {}\n{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn fails(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "should fail: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).to_string()
}

macro_rules! cli_test {
    ($name:ident, |$t:ident| $body:block) => {
        mod $name {
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let $t = Target::new(Backend::Sqlite).await.unwrap();
                $body
            }

            #[tokio::test]
            async fn postgres() {
                let Some($t) = Target::new(Backend::Postgres).await else {
                    return;
                };
                $body
            }
        }
    };
}

cli_test!(cities_and_accounts_are_managed_from_the_command_line, |t| {
    ok(&t.run(&["migrate"]));
    let out = ok(&t.run(&["init", "--admin", "ops@example.org"]));
    assert!(
        out.contains("Administrator ops@example.org created with password: "),
        "{out}"
    );
    ok(&t.run(&[
        "city",
        "add",
        "sofia",
        "--name",
        "Sofia",
        "--name-bg",
        "София",
        "--country",
        "BG",
        "--language",
        "bg",
    ]));
    let err = fails(&t.run(&[
        "city",
        "add",
        "sofia",
        "--name",
        "Sofia",
        "--country",
        "BG",
        "--language",
        "bg",
    ]));
    assert!(err.contains("slug"), "{err}");
    let err = fails(&t.run(&[
        "city",
        "add",
        "Bad Slug",
        "--name",
        "X",
        "--country",
        "Bulgaria",
        "--language",
        "bg",
    ]));
    assert!(
        err.contains("slug") && err.contains("country"),
        "names every bad field: {err}"
    );
    let list = ok(&t.run(&["city", "list"]));
    assert!(list.contains("sofia\tBG\tSofia\tEurope/Sofia"), "{list}");
    let err = fails(&t.run(&["user", "add", "x@example.org", "--role", "wizard"]));
    assert!(err.contains("role"), "{err}");
    let err = fails(&t.run(&[
        "user",
        "add",
        "x@example.org",
        "--role",
        "staff",
        "--org",
        "nowhere",
        "--password",
        "long-enough-pw",
    ]));
    assert!(err.contains("organisation"), "{err}");
    let out = ok(&t.run(&["user", "add", "second@example.org", "--role", "admin"]));
    assert!(
        out.contains("Password: "),
        "a generated password is printed: {out}"
    );
    let out = ok(&t.run(&[
        "user",
        "reset-password",
        "second@example.org",
        "--password",
        "another-password-9",
    ]));
    assert!(out.contains("sessions have ended"), "{out}");
    let err = fails(&t.run(&["user", "reset-password", "nobody@example.org"]));
    assert!(err.contains("nobody@example.org"), "{err}");
    let users = ok(&t.run(&["user", "list"]));
    assert!(users.contains("ops@example.org\tadmin"), "{users}");
});

cli_test!(
    export_then_import_into_an_empty_database_reproduces_the_same_data,
    |t| {
        let out = ok(&t.run(&["demo"]));
        assert!(
            out.contains("admin@demo.city2city.eu"),
            "demo accounts printed: {out}"
        );
        let dir = temp_dir("c2c_export");
        let first = dir.join("first.json");
        ok(&t.run(&["export", first.to_str().unwrap()]));
        let target = Target::new(t.db.backend).await.unwrap();
        let out = ok(&target.run(&["import", first.to_str().unwrap()]));
        assert!(out.contains("Imported"), "{out}");
        let second = dir.join("second.json");
        ok(&target.run(&["export", second.to_str().unwrap()]));
        let a: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&first).unwrap()).unwrap();
        let b: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&second).unwrap()).unwrap();
        assert_eq!(a, b, "the import reproduces the export");
        assert!(a["organisations"].as_array().unwrap().len() >= 40);
        assert!(a["agreement_events"].as_array().unwrap().len() == 3);
        // Importing again into a database that holds data is refused, nothing changes.
        let err = fails(&target.run(&["import", first.to_str().unwrap()]));
        assert!(err.contains("empty"), "{err}");
        let err = fails(&target.run(&["import", "/nonexistent/file.json"]));
        assert!(err.contains("/nonexistent/file.json"), "{err}");
        std::fs::remove_dir_all(dir).ok();
    }
);

#[test]
fn an_unknown_database_url_scheme_is_a_clear_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_city2city"))
        .args(["--database-url", "mysql://localhost/db", "migrate"])
        .output()
        .unwrap();
    let err = fails(&out);
    assert!(
        err.contains("unsupported database URL scheme 'mysql'"),
        "{err}"
    );
}

#[test]
fn a_data_directory_that_cannot_be_created_is_a_clear_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_city2city"))
        .env_remove("CITY2CITY_DATABASE_URL")
        .args(["--data-dir", "/proc/city2city-cannot-exist", "migrate"])
        .output()
        .unwrap();
    let err = fails(&out);
    assert!(err.contains("data directory"), "{err}");
    let _ = Path::new("/");
}

fn line(reference: &str, kind: &str, lang: &str, title: &str, summary: &str) -> String {
    let valid_until =
        (time::OffsetDateTime::now_utc().date() + time::Duration::days(300)).to_string();
    serde_json::json!({
        "ref": reference, "kind": kind, "city": "sofia", "organization": "Балкан Данни ООД",
        "language": lang, "title": title, "summary": summary, "description": summary,
        "sectors": ["ict"], "target_cities": ["vienna"], "valid_until": valid_until,
    })
    .to_string()
}

cli_test!(
    opportunities_are_imported_all_or_nothing_searched_and_exported,
    |t| {
        ok(&t.run(&["demo"]));
        let dir = temp_dir("c2c_opps");
        // A file with one bad line: nothing is written, the line and the field are named.
        let bad = dir.join("bad.jsonl");
        let mut lines = vec![
            line(
                "IMP-1",
                "business_offer",
                "bg",
                "Облачни услуги за общини",
                "Предлагаме облачни услуги.",
            ),
            line(
                "IMP-2",
                "business_request",
                "de",
                "Suche Cloudpartner",
                "Wir suchen Cloudpartner.",
            ),
        ];
        lines.push(line(
            "IMP-3",
            "merger",
            "en",
            "Bad kind",
            "This line is wrong.",
        ));
        std::fs::write(&bad, lines.join("\n")).unwrap();
        let err = fails(&t.run(&["import", "opportunities", bad.to_str().unwrap()]));
        assert!(err.contains("line 3: kind:"), "{err}");
        assert!(err.contains("nothing was imported"), "{err}");
        let out = ok(&t.run(&["search", "облачни"]));
        assert!(
            !out.contains("IMP-1"),
            "nothing of the bad file was written: {out}"
        );

        // The good lines import, as a JSON array too; references are kept everywhere.
        lines.pop();
        let good = dir.join("good.json");
        std::fs::write(&good, format!("[\n{}\n]", lines.join(",\n"))).unwrap();
        let out = ok(&t.run(&["import", "opportunities", good.to_str().unwrap()]));
        assert!(out.contains("Imported 2 opportunities"), "{out}");
        assert!(out.contains("1 organisations created"), "{out}");
        let out = ok(&t.run(&["search", "облачна услуга"]));
        assert!(out.starts_with("IMP-1\t"), "reference first: {out}");
        let out = ok(&t.run(&["search", "Cloud", "--lang", "de"]));
        assert!(out.lines().any(|l| l.starts_with("IMP-2\t")), "{out}");

        // Re-importing a reference updates it.
        let renamed = line(
            "IMP-2",
            "business_request",
            "de",
            "Suche Rechenzentrumspartner",
            "Wir suchen Partner.",
        );
        let again = dir.join("again.jsonl");
        std::fs::write(&again, renamed).unwrap();
        let out = ok(&t.run(&["import", "opportunities", again.to_str().unwrap()]));
        assert!(out.contains("1 updated"), "{out}");
        let out = ok(&t.run(&["search", "Rechenzentrum"]));
        assert!(out.starts_with("IMP-2\t"), "{out}");

        // Export writes every opportunity in the import format; it imports back.
        let exported = dir.join("export.jsonl");
        ok(&t.run(&["export", "opportunities", exported.to_str().unwrap()]));
        let text = std::fs::read_to_string(&exported).unwrap();
        let rows: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(rows.len() >= 60, "demo and imported: {}", rows.len());
        let imp2 = rows.iter().find(|r| r["ref"] == "IMP-2").unwrap();
        assert_eq!(imp2["organization"], "Балкан Данни ООД");
        assert_eq!(imp2["title"], "Suche Rechenzentrumspartner");

        let out = ok(&t.run(&["reindex"]));
        assert!(out.contains("Index rebuilt"), "{out}");
        let out = ok(&t.run(&["search", "Zahlung"]));
        assert!(!out.is_empty(), "demo German texts found after reindex");
        std::fs::remove_dir_all(dir).ok();
    }
);

cli_test!(
    cases_are_listed_and_shown_with_their_checklist_and_files,
    |t| {
        ok(&t.run(&["demo"]));
        let list = ok(&t.run(&[
            "cases",
            "list",
            "--stage",
            "in_progress",
            "--city",
            "vienna",
        ]));
        let row = list
            .lines()
            .find(|l| l.contains("Sigil Trust") && l.contains("\tsofia\tvienna\t"))
            .unwrap_or_else(|| panic!("the trust-service company's case: {list}"));
        let id = row.split('\t').next().unwrap();
        let shown = ok(&t.run(&["cases", "show", id]));
        assert!(shown.contains("stage in_progress"), "{shown}");
        assert!(shown.contains("Checklist: 4 of 12 steps done"), "{shown}");
        assert_eq!(shown.matches("  [x] ").count(), 4, "{shown}");
        assert!(shown.contains("Files:"), "{shown}");
        assert!(
            shown.contains("Gesprächsnotiz Leitner Aigner.txt  txt, "),
            "the attached notes with their type: {shown}"
        );
        assert!(
            shown.contains("playbook"),
            "the history names the playbook: {shown}"
        );
        let err = fails(&t.run(&["cases", "show", "999999"]));
        assert!(err.contains("not found") || err.contains("999999"), "{err}");
        let err = fails(&t.run(&["cases", "list", "--stage", "flying"]));
        assert!(err.contains("--stage"), "{err}");
    }
);
