//! Files attached to soft-landing cases, on SQLite and on PostgreSQL: attached by the company
//! and the agencies through the API and the case page, served only to those on the case,
//! removed by the side that attached them (after a confirmation page), each step in the case's
//! history; files too large, of a refused kind or not what their name says are refused with
//! the field named and nothing stored.

mod support;

use reqwest::StatusCode;
use serde_json::Value;

const MEMBER_SOFIA: &str = "member.sofia@demo.city2city.eu";
const MEMBER_VIENNA: &str = "member.vienna@demo.city2city.eu";
const STAFF_SOFIA: &str = "staff.sofia@demo.city2city.eu";
const STAFF_VIENNA: &str = "staff.vienna@demo.city2city.eu";
const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

/// The demo case of Sigil Trust (member.sofia's company), in progress with Vienna.
async fn sigil_case(company: &support::Client<'_>) -> i64 {
    let list = company.get("/api/v1/cases").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    list.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["company"] == "sigil-trust" && c["host_city"] == "vienna")
        .and_then(|c| c["id"].as_i64())
        .expect("the demo case of Sigil Trust")
}

fn names(files: &Value) -> Vec<String> {
    files
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file_name"].as_str().unwrap().to_string())
        .collect()
}

/// The files of the case's folder in the data directory.
fn files_on_disk(t: &support::TestApp, case: i64) -> Vec<String> {
    let dir =
        t.db.store
            .data_dir()
            .join("attachments")
            .join(case.to_string());
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

app_test!(files_are_shared_by_those_on_the_case_only, |t| {
    let company = t.login(MEMBER_SOFIA).await;
    let home = t.login(STAFF_SOFIA).await;
    let host = t.login(STAFF_VIENNA).await;
    let outsider = t.login(MEMBER_VIENNA).await;
    let id = sigil_case(&company).await;
    let files = format!("/api/v1/cases/{id}/files");

    // The demo case comes with the company's hiring plan and the host agency's meeting notes.
    let demo = company.get(&files).await;
    assert_eq!(demo.status, StatusCode::OK, "{}", demo.text);
    assert_eq!(
        names(&demo.json()),
        [
            "Sigil Trust – екип във Виена.csv",
            "Gesprächsnotiz Leitner Aigner.txt"
        ]
    );

    let added = company
        .post_multipart(&files, &[], Some(("Бизнес план 2027.pdf", PDF)))
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    let file = added.json();
    assert_eq!(file["file_name"], "Бизнес план 2027.pdf");
    assert_eq!(file["file_type"], "pdf");
    assert_eq!(file["content_type"], "application/pdf");
    assert_eq!(file["size"], PDF.len());
    assert_eq!(file["side"], "company");
    assert_eq!(file["can_remove"], true);
    let fid = file["id"].as_i64().unwrap();
    let one = format!("{files}/{fid}");

    // Both agencies on the case see and download it, byte for byte, as a download.
    for staff in [&home, &host] {
        let list = staff.get(&files).await.json();
        assert_eq!(names(&list).len(), 3);
        assert_eq!(list[2]["can_remove"], false, "the company's file");
        let got = staff.get(&one).await;
        assert_eq!(got.status, StatusCode::OK);
        assert_eq!(got.text.as_bytes(), PDF);
        assert_eq!(got.headers["content-type"], "application/pdf");
        let disposition = got.headers["content-disposition"].to_str().unwrap();
        assert!(disposition.starts_with("attachment;"), "{disposition}");
        assert!(
            disposition.contains("filename*=UTF-8''%D0%91%D0%B8%D0%B7%D0%BD%D0%B5%D1%81"),
            "{disposition}"
        );
        assert_eq!(got.headers["cache-control"], "private, no-store");
    }
    // Nobody else learns the case or its files exist.
    let anonymous = t.visitor();
    for who in [&outsider, &anonymous] {
        assert_eq!(who.get(&files).await.status, StatusCode::NOT_FOUND);
        assert_eq!(who.get(&one).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            who.post_multipart(&files, &[], Some(("x.pdf", PDF)))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(who.delete(&one).await.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(
        outsider
            .get(&format!("/cases/{id}/files/{fid}"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "nor through the page's link"
    );

    // Only the side that attached a file removes it.
    let refused = host.delete(&one).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    assert_eq!(names(&company.get(&files).await.json()).len(), 3);
    let on_disk = t.db.store.attachment_path(id, fid);
    assert!(on_disk.exists());
    let removed = company.delete(&one).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.text);
    assert!(
        !on_disk.exists(),
        "the file is gone from the data directory"
    );
    assert_eq!(host.get(&one).await.status, StatusCode::NOT_FOUND);

    // The history tells who attached and removed what, and when.
    let detail = host.get(&format!("/api/v1/cases/{id}")).await.json();
    let history = detail["history"].as_array().unwrap();
    let added_at = history
        .iter()
        .rposition(|e| e["kind"] == "file_added")
        .unwrap();
    let removed_at = history
        .iter()
        .rposition(|e| e["kind"] == "file_removed")
        .unwrap();
    assert!(added_at < removed_at);
    for i in [added_at, removed_at] {
        assert_eq!(history[i]["text"], "Бизнес план 2027.pdf");
        assert_eq!(history[i]["side"], "company");
        assert!(history[i]["actor"].as_str().is_some_and(|a| !a.is_empty()));
        assert!(history[i]["at"].as_str().is_some());
    }
    assert_eq!(detail["files"].as_array().unwrap().len(), 2);
});

app_test!(refused_files_store_nothing, |t| {
    let company = t.login(MEMBER_SOFIA).await;
    let id = sigil_case(&company).await;
    let files = format!("/api/v1/cases/{id}/files");
    let before = company.get(&format!("/api/v1/cases/{id}")).await.json();
    let disk_before = files_on_disk(&t, id);
    assert_eq!(disk_before.len(), 2, "the demo files: {disk_before:?}");

    let mut just_too_big = b"%PDF-1.7\n".to_vec();
    just_too_big.resize(10 * 1024 * 1024 + 1, b' ');
    let mut far_too_big = b"%PDF-1.7\n".to_vec();
    far_too_big.resize(14 * 1024 * 1024, b' ');
    let cases: [(&str, &[u8], &str); 7] = [
        ("big.pdf", &just_too_big, "file-too-large"),
        ("bigger.pdf", &far_too_big, "file-too-large"),
        (
            "contract.pdf",
            b"MZ\x90\x00\x03\x00\x00\x00",
            "file-type-mismatch",
        ),
        ("notes.txt", b"text\x00with a NUL", "file-type-mismatch"),
        ("setup.exe", b"MZ\x90\x00", "file-type-refused"),
        (
            "page.html",
            b"<script>alert(1)</script>",
            "file-type-refused",
        ),
        ("empty.pdf", b"", "file-empty"),
    ];
    for (name, bytes, code) in cases {
        let r = company
            .post_multipart(&files, &[], Some((name, bytes)))
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name}: {}",
            r.text
        );
        assert_eq!(r.field_error(), ("file".into(), code.into()), "{name}");
    }
    let big = company
        .post_multipart(&files, &[], Some(("big.pdf", &just_too_big)))
        .await;
    assert!(
        big.json()["message"]
            .as_str()
            .unwrap()
            .contains("larger than the limit of 10 MB"),
        "{}",
        big.text
    );
    let no_file = company.post_multipart(&files, &[], None).await;
    assert_eq!(no_file.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_file.field_error(), ("file".into(), "required".into()));
    let not_multipart = company
        .post_json(&files, &serde_json::json!({"file": "x"}))
        .await;
    assert_eq!(not_multipart.status, StatusCode::BAD_REQUEST);

    // A request announcing more than an upload route reads is refused from its headers alone.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = t.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let head = format!(
        "POST {files} HTTP/1.1\r\nHost: {host}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: {}\r\n\r\n",
        41 * 1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 64];
    let n = tokio::time::timeout(std::time::Duration::from_secs(10), stream.read(&mut answer))
        .await
        .unwrap()
        .unwrap();
    let status_line = String::from_utf8_lossy(&answer[..n]).to_string();
    assert!(status_line.starts_with("HTTP/1.1 413"), "{status_line}");

    let after = company.get(&format!("/api/v1/cases/{id}")).await.json();
    assert_eq!(
        support::history_kinds(&after),
        support::history_kinds(&before)
    );
    assert_eq!(after["files"], before["files"]);
    assert_eq!(
        files_on_disk(&t, id),
        disk_before,
        "no file, no leftover part"
    );
});

app_test!(the_case_page_attaches_lists_and_removes_files, |t| {
    let company = t.login(MEMBER_SOFIA).await;
    let host = t.login(STAFF_VIENNA).await;
    let id = sigil_case(&company).await;
    let page = format!("/cases/{id}");

    let shown = company.get(&page).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.text.contains(r#"enctype="multipart/form-data""#));
    assert!(
        shown
            .text
            .contains(r#"<input type="file" id="file" name="file""#)
    );
    assert!(shown.text.contains("Gesprächsnotiz Leitner Aigner.txt"));

    // Without the form's token nothing is stored.
    let forged = company
        .post_multipart(
            &format!("{page}/files"),
            &[("csrf", "forged")],
            Some(("plan.pdf", PDF)),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let csrf = company.csrf().await;
    let sent = company
        .post_multipart(
            &format!("{page}/files"),
            &[("csrf", &csrf)],
            Some((
                "Meeting notes.txt",
                "Met the notary on Monday.\n".as_bytes(),
            )),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    assert_eq!(sent.location(), format!("/cases/{id}?done=file#notice"));
    let after = company.get(sent.location()).await;
    assert!(after.text.contains("Meeting notes.txt"), "listed");
    let files = company
        .get(&format!("/api/v1/cases/{id}/files"))
        .await
        .json();
    assert_eq!(names(&files).len(), 3, "the page's upload is one file");
    let fid = files[2]["id"].as_i64().unwrap();
    assert!(
        after
            .text
            .contains(&format!(r#"href="/cases/{id}/files/{fid}""#))
    );
    let download = host.get(&format!("{page}/files/{fid}")).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.text, "Met the notary on Monday.\n");
    assert_eq!(
        download.headers["content-type"],
        "text/plain; charset=utf-8"
    );

    // A refused file: the page again with the error tied to the file field.
    let refused = company
        .post_multipart(
            &format!("{page}/files"),
            &[("csrf", &csrf)],
            Some(("tool.exe", b"MZ\x90\x00".as_slice())),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains(r#"id="file-error""#),
        "{}",
        refused.text
    );
    assert!(refused.text.contains(r##"href="#file""##), "error summary");
    assert!(refused.text.contains(r#"aria-invalid="true""#));

    // Removal: the host agency may not remove the company's file; the company confirms first.
    let remove = format!("{page}/files/{fid}/remove");
    assert_eq!(host.get(&remove).await.status, StatusCode::FORBIDDEN);
    let confirm = company.get(&remove).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(confirm.text.contains("Meeting notes.txt"));
    assert!(confirm.text.contains(&format!(r#"action="{remove}""#)));
    assert_eq!(
        names(
            &company
                .get(&format!("/api/v1/cases/{id}/files"))
                .await
                .json()
        )
        .len(),
        3,
        "asking removes nothing"
    );
    let done = company.post_form(&remove, &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        done.location(),
        format!("/cases/{id}?done=file-removed#notice")
    );
    let page_after = company.get(done.location()).await.text;
    assert!(
        !page_after.contains(&format!("/files/{fid}\"")),
        "no longer listed"
    );
    assert_eq!(
        company.get(&format!("{page}/files/{fid}")).await.status,
        StatusCode::NOT_FOUND
    );
});
