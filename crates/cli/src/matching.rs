//! The embedder chosen in configuration, and the matching commands: `match`, `embed`, and the
//! vectors `import opportunities` computes before it returns.

use crate::{Cli, EmbedderKind};
use anyhow::{Context, Result, anyhow};
use city2city_app::App;
use city2city_search::embed::{self, Embedder, EmbedderConfig, openai::OpenAiConfig};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::time::Instant;

/// What the options and environment say, with the default: `local` when the model directory
/// exists, `none` otherwise.
pub fn embedder_config(cli: &Cli) -> Result<EmbedderConfig> {
    let model_dir = cli
        .model_dir
        .clone()
        .unwrap_or_else(|| cli.data_dir.join("model"));
    Ok(match cli.embedder {
        Some(EmbedderKind::None) => EmbedderConfig::None,
        Some(EmbedderKind::Local) => EmbedderConfig::Local { model_dir },
        None if model_dir.exists() => EmbedderConfig::Local { model_dir },
        None => EmbedderConfig::None,
        Some(EmbedderKind::Openai) => {
            let url = cli.embeddings_url.clone().ok_or_else(|| {
                anyhow!("embeddings-url: the openai embedder needs CITY2CITY_EMBEDDINGS_URL (or --embeddings-url)")
            })?;
            EmbedderConfig::OpenAi(OpenAiConfig::new(url, cli.embeddings_model.clone()))
        }
    })
}

/// Opens the configured embedder; a bad model directory is an error naming the file.
pub fn open_embedder(cli: &Cli) -> Result<Option<Embedder>> {
    let config = embedder_config(cli)?;
    let started = Instant::now();
    let embedder = embed::open(&config).context("opening the embedder")?;
    match (&config, &embedder) {
        (EmbedderConfig::Local { model_dir }, Some(e)) => tracing::info!(
            dir = %model_dir.display(),
            model = e.model_id(),
            ms = started.elapsed().as_millis() as u64,
            "local embedder loaded"
        ),
        (EmbedderConfig::OpenAi(c), Some(e)) => {
            tracing::info!(url = %c.url, model = e.model_id(), "openai embedder")
        }
        _ => tracing::info!("no embedder: matching uses lexical and sector evidence"),
    }
    Ok(embedder)
}

/// A progress bar on standard error (hidden when it is not a terminal).
fn progress(total: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_message(what.to_string());
    bar
}

/// Computes the missing vectors with a progress bar; prints what it did.
pub async fn embed_missing(app: &App) -> Result<()> {
    if app.matcher.embedder().is_none() {
        return Ok(());
    }
    let pending = app.vectors_pending().await.map_err(|e| anyhow!("{e}"))?;
    if pending == 0 {
        return Ok(());
    }
    let started = Instant::now();
    let bar = progress(pending as u64, "computing vectors");
    let report = app
        .embed_pending(false, |n| bar.set_position(n as u64))
        .await
        .map_err(|e| anyhow!("{e}"))?;
    bar.finish_and_clear();
    eprintln!(
        "Vectors computed: {} in {:.1} s{}.",
        report.embedded,
        started.elapsed().as_secs_f64(),
        if report.failed > 0 {
            format!(
                "; {} failed and will be retried (matching uses lexical evidence for them meanwhile)",
                report.failed
            )
        } else {
            String::new()
        }
    );
    Ok(())
}

/// `city2city match [REF ...] [--all] [--limit N]`: one JSON line per opportunity,
/// `{"ref", "matches": [{"ref", "score", "reasons"}]}`, best first.
pub async fn print_matches(app: &App, refs: &[String], all: bool, limit: usize) -> Result<()> {
    if refs.is_empty() && !all {
        return Err(anyhow!("give references of opportunities, or --all"));
    }
    embed_missing(app).await?;
    let refs: Vec<String> = if all {
        app.published_references()
            .await
            .map_err(|e| anyhow!("{e}"))?
    } else {
        refs.to_vec()
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut semantic_off = false;
    for r in &refs {
        let m = app
            .matches_as_operator(r, limit)
            .await
            .map_err(|e| match e {
                city2city_app::AppError::NotFound => anyhow!("no opportunity {r}"),
                other => anyhow!("{r}: {other}"),
            })?;
        semantic_off |= m.semantic != city2city_app::matching::SemanticState::On;
        let line = serde_json::json!({
            "ref": m.reference,
            "matches": m.matches.iter().map(|x| serde_json::json!({
                "ref": x.reference, "score": x.score, "reasons": x.reasons,
            })).collect::<Vec<_>>(),
        });
        use std::io::Write;
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    if semantic_off {
        eprintln!(
            "note: semantic matching is off or vectors are missing for some; lexical and sector evidence were used there"
        );
    }
    Ok(())
}

/// `city2city embed`: recomputes every vector with the configured embedder.
pub async fn embed_all(app: &App) -> Result<()> {
    let Some(model) = app.matcher.model().map(str::to_string) else {
        return Err(anyhow!(
            "embedder: none is configured (set CITY2CITY_EMBEDDER, or put a model in the data directory's model/)"
        ));
    };
    let dropped = app
        .store
        .delete_all_vectors()
        .await
        .map_err(|e| anyhow!("{e}"))?;
    eprintln!("Recomputing all vectors with {model} ({dropped} dropped).");
    embed_missing(app).await
}

/// The default model directory, for messages.
pub fn default_model_dir(cli: &Cli) -> PathBuf {
    cli.data_dir.join("model")
}
