//! What each subcommand does.

use crate::{
    CityCommand, Cli, Command, EvalCommand, ExportCommand, GenerateCommand, ImportCommand,
    UserCommand,
};
use anyhow::{Context, Result, anyhow};
use city2city_app::users::UserInput;
use city2city_app::{App, AppConfig, AppError};
use city2city_domain::cities::CityInput;
use city2city_domain::{Lang, Localized};
use city2city_search::SearchIndex;
use city2city_store::Store;
use city2city_web::{AppState, WebConfig};
use std::time::Instant;

/// Turns an application error into a message naming the field, for the terminal.
pub(crate) fn explain(e: AppError) -> anyhow::Error {
    match e {
        AppError::Validation(v) => anyhow!(
            "{}",
            v.errors
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => anyhow!("{other}"),
    }
}

async fn open_store(cli: &Cli) -> Result<Store> {
    let store = Store::open(&cli.data_dir, cli.database_url.as_deref()).await?;
    store
        .migrate()
        .await
        .context("applying database migrations")?;
    Ok(store)
}

/// The application for commands that do not search (its index lives in memory).
async fn open(cli: &Cli) -> Result<App> {
    Ok(App::new(open_store(cli).await?, AppConfig::default()))
}

/// The application with the full-text index of the data directory, brought up to date.
async fn open_indexed(cli: &Cli) -> Result<App> {
    open_indexed_with(cli, None).await
}

/// The application with the configured embedder and the index of the data directory.
async fn open_matching(cli: &Cli) -> Result<App> {
    let embedder = crate::matching::open_embedder(cli)?;
    open_indexed_with(cli, embedder).await
}

async fn open_indexed_with(
    cli: &Cli,
    embedder: Option<city2city_search::embed::Embedder>,
) -> Result<App> {
    let store = open_store(cli).await?;
    let dir = cli.data_dir.join("index");
    let index = SearchIndex::open(&dir).with_context(|| {
        format!(
            "opening the search index in {} (is a server using this data directory?)",
            dir.display()
        )
    })?;
    let app = App::with_index(store, AppConfig::default(), index).with_embedder(embedder);
    app.sync_index().await.map_err(explain)?;
    Ok(app)
}

fn describe_db(cli: &Cli) -> String {
    match &cli.database_url {
        Some(url) => {
            // Never print credentials.
            let shown = url.split('@').next_back().unwrap_or(url);
            format!("PostgreSQL at {shown}")
        }
        None => format!("SQLite in {}", cli.data_dir.display()),
    }
}

pub async fn run(cli: Cli) -> Result<()> {
    match &cli.command {
        Command::Init { admin } => {
            let app = open(&cli).await?;
            println!("Platform ready: {}.", describe_db(&cli));
            if let Some(email) = admin {
                let password = city2city_app::auth::random_secret();
                let input = UserInput {
                    email: email.clone(),
                    name: String::new(),
                    role: "admin".into(),
                    organisation: None,
                    password: password.clone(),
                };
                let user = app
                    .create_user_as_operator(input, "cli")
                    .await
                    .map_err(explain)?;
                println!(
                    "Administrator {} created with password: {password}",
                    user.email
                );
            }
            Ok(())
        }
        Command::Migrate => {
            open(&cli).await?;
            println!("Migrations applied: {}.", describe_db(&cli));
            Ok(())
        }
        Command::Serve {
            demo,
            addr,
            insecure_cookies,
        } => serve(&cli, *demo, addr, *insecure_cookies).await,
        Command::Demo => {
            let app = open(&cli).await?;
            let summary = city2city_app::demo::load(&app).await.map_err(explain)?;
            println!(
                "Demo data loaded: {} organisations, {} people.",
                summary.organisations, summary.people
            );
            print_accounts(&summary);
            Ok(())
        }
        Command::City(CityCommand::Add {
            slug,
            name,
            name_bg,
            name_de,
            country,
            language,
            time_zone,
        }) => {
            let app = open(&cli).await?;
            let mut languages = Vec::new();
            for code in language {
                languages.push(
                    Lang::parse(code)
                        .ok_or_else(|| anyhow!("language: '{code}' is not one of bg, de, en"))?,
                );
            }
            // Unknown country and no --time-zone: validation reports it with the other fields.
            let time_zone = time_zone
                .clone()
                .or_else(|| default_time_zone(country).map(String::from))
                .unwrap_or_default();
            let input = CityInput {
                slug: slug.clone(),
                name: Localized::new(name_bg.clone(), name_de.clone(), Some(name.clone())),
                country: country.clone(),
                languages,
                time_zone,
            };
            let city = app.create_city_as_operator(input).await.map_err(explain)?;
            println!(
                "City {} added ({}, {}).",
                city.slug, city.country, city.time_zone
            );
            Ok(())
        }
        Command::Cases(c) => crate::cases::run(&open(&cli).await?, c).await,
        Command::City(CityCommand::List) => {
            let app = open(&cli).await?;
            for c in app.cities().await.map_err(explain)? {
                println!(
                    "{}\t{}\t{}\t{}",
                    c.slug,
                    c.country,
                    c.name.get(Lang::En),
                    c.time_zone
                );
            }
            Ok(())
        }
        Command::User(UserCommand::Add {
            email,
            role,
            org,
            name,
            password,
        }) => {
            let app = open(&cli).await?;
            let (password, generated) = match password {
                Some(p) => (p.clone(), false),
                None => (city2city_app::auth::random_secret(), true),
            };
            let input = UserInput {
                email: email.clone(),
                name: name.clone().unwrap_or_default(),
                role: role.clone(),
                organisation: org.clone(),
                password: password.clone(),
            };
            let user = app
                .create_user_as_operator(input, "cli")
                .await
                .map_err(explain)?;
            println!("User {} created (role {}).", user.email, user.role.code());
            if generated {
                println!("Password: {password}");
            }
            Ok(())
        }
        Command::User(UserCommand::ResetPassword { email, password }) => {
            let app = open(&cli).await?;
            let (password, generated) = match password {
                Some(p) => (p.clone(), false),
                None => (city2city_app::auth::random_secret(), true),
            };
            let user = app
                .reset_password_as_operator(email, &password)
                .await
                .map_err(explain)?;
            println!(
                "Password of {} changed; their sessions have ended.",
                user.email
            );
            if generated {
                println!("New password: {password}");
            }
            Ok(())
        }
        Command::User(UserCommand::List) => {
            let app = open(&cli).await?;
            let mut page = 1;
            loop {
                let users = app.store.list_users(page, 200).await?;
                for u in &users.items {
                    println!(
                        "{}\t{}\t{}\t{}",
                        u.email,
                        u.role.code(),
                        u.organisation.as_deref().unwrap_or("-"),
                        if u.disabled { "disabled" } else { "active" }
                    );
                }
                if page >= users.pages() {
                    break;
                }
                page += 1;
            }
            Ok(())
        }
        Command::Export {
            what: Some(ExportCommand::Opportunities { file }),
            ..
        } => crate::exchange::export_opportunities(&open(&cli).await?, file.as_deref()).await,
        Command::Import {
            what: Some(ImportCommand::Opportunities { file }),
            ..
        } => {
            let embedder = crate::matching::open_embedder(&cli)?;
            let app = match open_indexed_with(&cli, embedder.clone()).await {
                Ok(app) => app,
                // A running server holds the index: it follows the import from the change feed.
                Err(e) => {
                    eprintln!("note: {e:#}; the running server will index the import");
                    open(&cli).await?.with_embedder(embedder)
                }
            };
            crate::exchange::import_opportunities(&app, file).await?;
            crate::matching::embed_missing(&app).await
        }
        Command::Search {
            query,
            kind,
            sector,
            city,
            lang,
            sort,
            limit,
        } => {
            let app = open_indexed(&cli).await?;
            let sort = city2city_app::search::SearchSort::parse(sort)
                .ok_or_else(|| anyhow!("sort: must be relevance, newest or deadline"))?;
            let request = city2city_app::search::SearchRequest {
                q: query.clone(),
                kinds: kind.clone(),
                sectors: sector.clone(),
                cities: city.clone(),
                langs: lang.clone(),
                sort,
                page: 1,
                per_page: *limit,
            };
            crate::exchange::print_search(&app, &request).await
        }
        Command::Eval(EvalCommand::Matching { file, tune }) => {
            let embedder = crate::matching::open_embedder(&cli)?;
            crate::eval::matching(file, embedder.as_ref(), *tune)
        }
        Command::Match { refs, all, limit } => {
            let app = open_matching(&cli).await?;
            crate::matching::print_matches(&app, refs, *all, *limit).await
        }
        Command::Embed => {
            let app = open_matching(&cli).await?;
            crate::matching::embed_all(&app).await
        }
        Command::Reindex => {
            let app = open_indexed(&cli).await?;
            let started = Instant::now();
            let n = app
                .rebuild_index(|n| {
                    if n % 10_000 == 0 && n > 0 {
                        eprintln!("  {n} records read");
                    }
                })
                .await
                .map_err(explain)?;
            println!(
                "Index rebuilt: {n} records in {:.1} s.",
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Export { what: None, file } => {
            let file = file.as_ref().ok_or_else(|| {
                anyhow!("give a file (\"-\" for standard output), or `export opportunities`")
            })?;
            let app = open(&cli).await?;
            let snapshot = app.store.export_snapshot().await?;
            let json = serde_json::to_string_pretty(&snapshot)?;
            if file.as_os_str() == "-" {
                println!("{json}");
            } else {
                std::fs::write(file, json)
                    .with_context(|| format!("writing {}", file.display()))?;
                eprintln!(
                    "Exported {} rows to {}.",
                    snapshot.row_count(),
                    file.display()
                );
            }
            Ok(())
        }
        Command::Generate(GenerateCommand::Opportunities { n, output }) => {
            let app = open(&cli).await?;
            crate::exchange::generate_opportunities(&app, *n, output).await
        }
        Command::Generate(GenerateCommand::Organisations { n, city }) => {
            let app = open(&cli).await?;
            crate::generate::organisations_in(&app, *n, city).await
        }
        Command::Import { what: None, file } => {
            let file = file
                .as_ref()
                .ok_or_else(|| anyhow!("give a file to import, or `import opportunities FILE`"))?;
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("reading {}", file.display()))?;
            let snapshot: city2city_store::Snapshot = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a city2city export", file.display()))?;
            let app = open(&cli).await?;
            app.store.import_snapshot(&snapshot).await?;
            println!(
                "Imported {} rows from {}.",
                snapshot.row_count(),
                file.display()
            );
            Ok(())
        }
    }
}

fn default_time_zone(country: &str) -> Option<&'static str> {
    Some(match country.to_ascii_uppercase().as_str() {
        "BG" => "Europe/Sofia",
        "AT" => "Europe/Vienna",
        "DE" => "Europe/Berlin",
        "RO" => "Europe/Bucharest",
        "GR" => "Europe/Athens",
        "HU" => "Europe/Budapest",
        "CZ" => "Europe/Prague",
        "SK" => "Europe/Bratislava",
        "SI" => "Europe/Ljubljana",
        "HR" => "Europe/Zagreb",
        "RS" => "Europe/Belgrade",
        "MK" => "Europe/Skopje",
        "PL" => "Europe/Warsaw",
        "IT" => "Europe/Rome",
        "FR" => "Europe/Paris",
        "ES" => "Europe/Madrid",
        "NL" => "Europe/Amsterdam",
        "BE" => "Europe/Brussels",
        "CH" => "Europe/Zurich",
        "GB" | "UK" => "Europe/London",
        "IE" => "Europe/Dublin",
        "PT" => "Europe/Lisbon",
        "DK" => "Europe/Copenhagen",
        "SE" => "Europe/Stockholm",
        "FI" => "Europe/Helsinki",
        "EE" => "Europe/Tallinn",
        "LV" => "Europe/Riga",
        "LT" => "Europe/Vilnius",
        "TR" => "Europe/Istanbul",
        "UA" => "Europe/Kyiv",
        _ => return None,
    })
}

fn print_accounts(summary: &city2city_app::demo::DemoSummary) {
    println!("Demo accounts (demo only; change or remove them before real use):");
    for a in &summary.accounts {
        println!(
            "  {:<16} {:<36} password: {:<22} {}",
            a.role.code(),
            a.email,
            a.password,
            a.organisation.as_deref().unwrap_or("")
        );
    }
}

async fn serve(cli: &Cli, demo: bool, addr: &str, insecure_cookies: bool) -> Result<()> {
    let started = Instant::now();
    let app = open_matching(cli).await?;
    let summary = if demo {
        Some(city2city_app::demo::load(&app).await.map_err(explain)?)
    } else {
        None
    };
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    let config = WebConfig {
        cookie_secure: !insecure_cookies,
        ..WebConfig::default()
    };
    let state = AppState::new(app.clone(), config);
    if let Some(summary) = &summary {
        print_accounts(summary);
    }
    println!(
        "city2city serving http://{local}/ ({}; {}; ready in {} ms)",
        describe_db(cli),
        match app.matcher.model() {
            Some(model) => format!("semantic matching with {model}"),
            None => format!(
                "semantic matching off: no model in {}",
                cli.model_dir
                    .clone()
                    .unwrap_or_else(|| crate::matching::default_model_dir(cli))
                    .display()
            ),
        },
        started.elapsed().as_millis()
    );
    let shutdown = async {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        let term = async {
            if let Ok(mut s) =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            {
                s.recv().await;
            }
        };
        #[cfg(not(unix))]
        let term = std::future::pending::<()>();
        tokio::select! { _ = ctrl_c => {}, _ = term => {} }
        eprintln!("shutting down");
    };
    let jobs = app.spawn_background_jobs();
    city2city_web::serve(listener, state, shutdown).await?;
    jobs.abort();
    app.store.close().await;
    if let Ok(n) = app.store.delete_expired_sessions().await {
        tracing::debug!(n, "expired sessions removed");
    }
    Ok(())
}
