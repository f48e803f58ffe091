use city2city_domain::Validation;

/// What can go wrong in storage, in terms the layers above can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique or reference constraint: `field` says which input caused it.
    #[error("{field}: {message}")]
    Conflict { field: String, message: String },
    /// The input refers to something that does not exist (a city slug, an organisation).
    #[error(transparent)]
    Invalid(#[from] Validation),
    #[error("configuration: {0}")]
    Config(String),
    /// A file beside the database (an attachment) could not be written or read.
    #[error("files: {0}")]
    Files(String),
    #[error("database: {0}")]
    Database(#[source] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                let msg = db.message().to_string();
                let constraint = db.constraint().unwrap_or("").to_string();
                let has = |w: &str| msg.contains(w) || constraint.contains(w);
                if has("interests") {
                    return StoreError::Conflict {
                        field: "opportunity".into(),
                        message:
                            "your organisation already has an open expression of interest in it"
                                .into(),
                    };
                }
                let field = if has("reference") {
                    "reference"
                } else if msg.contains("email") || constraint.contains("email") {
                    "email"
                } else if msg.contains("slug") || constraint.contains("slug") {
                    "slug"
                } else {
                    "id"
                };
                StoreError::Conflict {
                    field: field.into(),
                    message: "is already taken".into(),
                }
            }
            sqlx::Error::Database(db) if db.is_foreign_key_violation() => StoreError::Conflict {
                field: "id".into(),
                message: "is still referred to by other records".into(),
            },
            _ => StoreError::Database(e),
        }
    }
}

impl StoreError {
    /// A write refused by a unique constraint as `conflict`, which names the field and says why
    /// in the words of the operation; any other failure as it is.
    pub(crate) fn unique_as(e: sqlx::Error, conflict: impl FnOnce() -> StoreError) -> StoreError {
        match StoreError::from(e) {
            StoreError::Conflict { .. } => conflict(),
            other => other,
        }
    }

    pub(crate) fn conflict(field: &str, message: &str) -> StoreError {
        StoreError::Conflict {
            field: field.into(),
            message: message.into(),
        }
    }
}
