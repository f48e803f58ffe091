//! Opportunities in and out: `import opportunities`, `export opportunities`, `search`, and the
//! synthetic import files of `generate opportunities`.

use anyhow::{Context, Result, anyhow};
use city2city_app::App;
use city2city_app::opportunities::ImportError;
use city2city_app::search::SearchRequest;
use city2city_store::Actor;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

/// Bad lines printed before the rest are only counted.
const MAX_REPORTED: usize = 50;

pub async fn import_opportunities(app: &App, file: &Path) -> Result<()> {
    let started = Instant::now();
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    eprintln!("Checking {} …", file.display());
    match app
        .import_opportunities(&Actor::system("import"), &text)
        .await
    {
        Ok(summary) => {
            let r = &summary.report;
            println!(
                "Imported {} opportunities from {} ({} new, {} updated, {} organisations created) in {:.1} s.",
                summary.lines,
                file.display(),
                r.created,
                r.updated,
                r.organisations_created,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Err(ImportError::Lines(errors)) => {
            for e in errors.iter().take(MAX_REPORTED) {
                eprintln!("{}: {e}", file.display());
            }
            if errors.len() > MAX_REPORTED {
                eprintln!("… and {} more", errors.len() - MAX_REPORTED);
            }
            let lines: std::collections::BTreeSet<usize> = errors.iter().map(|e| e.line).collect();
            Err(anyhow!("{} bad line(s); nothing was imported", lines.len()))
        }
        Err(ImportError::Syntax { line, message }) => Err(anyhow!(
            "{}: line {line}: not valid JSON: {message}; nothing was imported",
            file.display()
        )),
        Err(ImportError::App(e)) => Err(anyhow!("{e}; nothing was imported")),
    }
}

pub async fn export_opportunities(app: &App, file: Option<&Path>) -> Result<()> {
    let mut out: Box<dyn Write> = match file {
        Some(f) if f.as_os_str() != "-" => Box::new(std::io::BufWriter::new(
            std::fs::File::create(f).with_context(|| format!("creating {}", f.display()))?,
        )),
        _ => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let n = app
        .export_opportunities(|line| {
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")
        })
        .await
        .map_err(|e| anyhow!("{e}"))?;
    out.flush()?;
    drop(out);
    if let Some(f) = file.filter(|f| f.as_os_str() != "-") {
        eprintln!("Exported {n} opportunities to {}.", f.display());
    }
    Ok(())
}

/// One hit a line: reference, kind, language, title (plain text).
pub async fn print_search(app: &App, request: &SearchRequest) -> Result<()> {
    let page = app
        .search_opportunities(None, request)
        .await
        .map_err(|e| anyhow!("{e}"))?;
    let mut out = std::io::stdout().lock();
    for hit in &page.items {
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            hit.reference,
            hit.kind.code(),
            hit.lang,
            strip_marks(&hit.title_html)
        )?;
    }
    eprintln!("{} of {} found", page.items.len(), page.total);
    Ok(())
}

/// The plain text of a highlighted title: marks removed, entities decoded.
fn strip_marks(html: &str) -> String {
    html.replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// At most `max` characters of `s`, cut at a word boundary when there is one.
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let head: String = s.chars().take(max).collect();
    match head.rfind(' ') {
        Some(i) if i > 0 => head[..i].to_string(),
        _ => head,
    }
}

/// The generator's sector, or one of ours chosen by its name when we have no such sector.
fn our_sector(s: &str) -> &'static str {
    use city2city_domain::sectors::{SECTORS, find};
    match find(s) {
        Some(found) => found.slug,
        None => {
            let h = s
                .bytes()
                .fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
            SECTORS[h % SECTORS.len()].slug
        }
    }
}

/// Writes `n` synthetic opportunities as an import file.
pub async fn generate_opportunities(app: &App, n: usize, output: &Path) -> Result<()> {
    let cities: Vec<String> = app
        .cities()
        .await
        .map_err(|e| anyhow!("{e}"))?
        .into_iter()
        .map(|c| c.slug)
        .collect();
    if cities.len() < 2 {
        return Err(anyhow!(
            "needs at least two cities (load the demo, or add cities)"
        ));
    }
    let valid_until = (App::today() + time::Duration::days(365)).to_string();
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(output).with_context(|| format!("creating {}", output.display()))?,
    );
    for (i, doc) in city2city_search::synthetic::opportunities(0x5eed, n as u64).enumerate() {
        let city = &cities[i % cities.len()];
        let target = &cities[(i + 1) % cities.len()];
        let kind = [
            "business_offer",
            "business_request",
            "technology_offer",
            "technology_request",
            "research_request",
        ][i % 5];
        let line = serde_json::json!({
            "ref": format!("GEN-{:06}", i + 1),
            "kind": kind,
            "city": city,
            "organization": format!("Synthetic {} {}", city, i % 997),
            "language": doc.lang,
            "title": cut(&doc.title, 150),
            "summary": cut(&doc.summary, 600),
            "description": doc.body,
            "sectors": doc.sectors.iter().map(|s| our_sector(s)).collect::<Vec<_>>(),
            "target_cities": [target],
            "valid_until": valid_until,
        });
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
        if (i + 1) % 10_000 == 0 {
            eprintln!("  {} written", i + 1);
        }
    }
    out.flush()?;
    println!("Wrote {n} opportunities to {}.", output.display());
    Ok(())
}
