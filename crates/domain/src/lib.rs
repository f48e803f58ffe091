//! The city2city domain: types, validation rules and state machines. No I/O lives here.

pub mod accounts;
pub mod cases;
pub mod cities;
pub mod contacts;
pub mod lang;
pub mod opportunities;
pub mod organisations;
pub mod packs;
pub mod partnerships;
pub mod people;
pub mod playbooks;
pub mod sectors;
pub mod validation;
mod vocabulary;

pub use lang::{Lang, Localized};
pub use validation::{FieldError, Validation};
