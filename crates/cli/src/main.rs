//! The `city2city` command: serve the platform, set it up, load the demo, manage cities and
//! accounts, export and import all data.

mod cases;
mod commands;
mod eval;
mod exchange;
mod generate;
mod matching;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "city2city",
    version,
    about = "A city-to-city business and innovation partnership platform"
)]
pub struct Cli {
    /// Directory for the SQLite database and other data.
    #[arg(long, global = true, env = "CITY2CITY_DATA_DIR", default_value = city2city_store::DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
    /// PostgreSQL URL (postgres://user@host/db); SQLite in the data directory when unset.
    #[arg(long, global = true, env = "CITY2CITY_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Embedder for matching: local (in-process model), openai (an embeddings server) or none.
    /// Unset: local when the model directory exists, none otherwise.
    #[arg(long, global = true, env = "CITY2CITY_EMBEDDER", value_enum)]
    pub embedder: Option<EmbedderKind>,
    /// Model directory in the Hugging Face layout (default: model/ in the data directory).
    #[arg(long, global = true, env = "CITY2CITY_MODEL_DIR")]
    pub model_dir: Option<PathBuf>,
    /// Base URL of an OpenAI-compatible embeddings server (for --embedder openai).
    #[arg(long, global = true, env = "CITY2CITY_EMBEDDINGS_URL")]
    pub embeddings_url: Option<String>,
    /// Model name sent to the embeddings server.
    #[arg(
        long,
        global = true,
        env = "CITY2CITY_EMBEDDINGS_MODEL",
        default_value = "multilingual-e5-small"
    )]
    pub embeddings_model: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EmbedderKind {
    Local,
    Openai,
    None,
}

#[derive(Subcommand)]
pub enum Command {
    /// Create an empty platform (database and migrations), optionally with a first admin.
    Init {
        /// E-mail of a first administrator account to create.
        #[arg(long)]
        admin: Option<String>,
    },
    /// Apply database migrations that have not run yet.
    Migrate,
    /// Run the web server.
    Serve {
        /// Load the Sofia–Vienna demo data first (if not there yet) and print the demo accounts.
        #[arg(long)]
        demo: bool,
        /// Address to listen on.
        #[arg(long, env = "CITY2CITY_ADDR", default_value = "127.0.0.1:8080")]
        addr: String,
        /// Send cookies without the Secure flag: only for plain-HTTP access from another host
        /// in development. Local access on 127.0.0.1 works with secure cookies.
        #[arg(long, env = "CITY2CITY_INSECURE_COOKIES")]
        insecure_cookies: bool,
    },
    /// Load the Sofia–Vienna demo data.
    Demo,
    /// Manage cities.
    #[command(subcommand)]
    City(CityCommand),
    /// Soft-landing cases.
    #[command(subcommand)]
    Cases(CasesCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Write all data to a JSON file ("-" for standard output), or `export opportunities`.
    #[command(args_conflicts_with_subcommands = true)]
    Export {
        #[command(subcommand)]
        what: Option<ExportCommand>,
        /// The file for all data.
        file: Option<PathBuf>,
    },
    /// Load all data from a JSON export into an empty database, or `import opportunities FILE`.
    #[command(args_conflicts_with_subcommands = true)]
    Import {
        #[command(subcommand)]
        what: Option<ImportCommand>,
        /// A full export to load.
        file: Option<PathBuf>,
    },
    /// Search published opportunities: one hit a line, its reference first.
    Search {
        /// Words in any language or script.
        query: String,
        /// Kind filter: business_offer, business_request, technology_offer, technology_request,
        /// research_request (repeatable).
        #[arg(long)]
        kind: Vec<String>,
        /// Sector slug (repeatable).
        #[arg(long)]
        sector: Vec<String>,
        /// Owner city slug (repeatable).
        #[arg(long)]
        city: Vec<String>,
        /// Language the opportunity can be read in: bg, de, en (repeatable).
        #[arg(long)]
        lang: Vec<String>,
        /// relevance, newest or deadline.
        #[arg(long, default_value = "relevance")]
        sort: String,
        #[arg(long, default_value_t = 20)]
        limit: i64,
    },
    /// Rebuild the full-text index from the database.
    Reindex,
    /// Print the best matches of opportunities as JSON Lines
    /// {"ref", "matches": [{"ref", "score", "reasons"}]}, computing missing vectors first.
    Match {
        /// References of the opportunities to match.
        refs: Vec<String>,
        /// Every published opportunity, one line each.
        #[arg(long)]
        all: bool,
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Recompute the vectors of all published opportunities with the configured embedder.
    Embed,
    /// Measure ranking quality on a labelled set.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Create synthetic data for load tests.
    #[command(subcommand)]
    Generate(GenerateCommand),
}

#[derive(Subcommand)]
pub enum EvalCommand {
    /// nDCG@10, Recall@10 and MRR of the matcher on FILE (profiles with graded judgements):
    /// lexical evidence alone and, with an embedder, semantic and hybrid.
    Matching {
        file: PathBuf,
        /// Also search the hybrid weights that rank this set best.
        #[arg(long)]
        tune: bool,
    },
}

#[derive(Subcommand)]
pub enum ImportCommand {
    /// Opportunities in the exchange format: JSON Lines or a JSON array of
    /// {"ref", "kind", "city", "organization", "language", "title", "summary", "description",
    /// "sectors", "target_cities", "valid_until"}. All or nothing; imported ones are published.
    Opportunities { file: PathBuf },
}

#[derive(Subcommand)]
pub enum ExportCommand {
    /// Opportunities as JSON Lines in the import format (to a file, or standard output).
    Opportunities { file: Option<PathBuf> },
}

#[derive(Subcommand)]
pub enum GenerateCommand {
    /// Write N synthetic opportunities in bg, de and en as an import file (JSON Lines).
    Opportunities {
        n: usize,
        /// Where to write them.
        #[arg(long)]
        output: PathBuf,
    },
    /// Create N fictional companies spread over the cities (all, or those given).
    Organisations {
        n: usize,
        /// City slug to fill (repeatable); all cities when omitted.
        #[arg(long)]
        city: Vec<String>,
    },
}

#[derive(Subcommand)]
pub enum CasesCommand {
    /// List cases: unanswered inquiries first, then the most recently changed.
    List {
        /// Only cases in this stage (inquiry, qualified, in_progress, established, aftercare,
        /// closed, dropped); repeatable.
        #[arg(long)]
        stage: Vec<String>,
        /// Only cases whose company or host city is this one.
        #[arg(long)]
        city: Option<String>,
        /// Only cases of companies in this sector.
        #[arg(long)]
        sector: Option<String>,
        /// Only inquiries whose first response is late.
        #[arg(long)]
        overdue: bool,
        /// Print JSON (one object per line) instead of a table.
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 100)]
        limit: i64,
    },
    /// Show a case with its history.
    Show {
        id: i64,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum CityCommand {
    /// Add a city.
    Add {
        /// URL name, such as "sofia".
        slug: String,
        /// Name (in English unless given per language).
        #[arg(long)]
        name: String,
        #[arg(long)]
        name_bg: Option<String>,
        #[arg(long)]
        name_de: Option<String>,
        /// Two-letter country code.
        #[arg(long)]
        country: String,
        /// Language(s) of the city: bg, de, en (repeat or separate with commas).
        #[arg(long, value_delimiter = ',', required = true)]
        language: Vec<String>,
        /// IANA time zone; derived from the country when known.
        #[arg(long)]
        time_zone: Option<String>,
    },
    /// List cities.
    List,
}

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account. The password comes from --password, CITY2CITY_PASSWORD, or is
    /// generated and printed.
    Add {
        email: String,
        /// admin, staff, company_member or official.
        #[arg(long)]
        role: String,
        /// Slug of the organisation the user acts for (every role but admin).
        #[arg(long)]
        org: Option<String>,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, env = "CITY2CITY_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Set a new password (generated and printed unless given) and end the user's sessions.
    ResetPassword {
        email: String,
        #[arg(long, env = "CITY2CITY_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// List accounts.
    List,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CITY2CITY_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match commands::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
