//! Soft-landing cases: a company asks (or staff open a case on its behalf), the home city's
//! agency qualifies and refers it, the host city's agency runs it; one history for all.

mod activity;
mod attachments;
mod moves;
mod requests;
mod views;

pub use attachments::CaseFile;
pub(crate) use moves::side_code;
pub use views::{CaseDetail, CaseFilter, CaseView, ContactChoice, PackChoice, PlaybookChoice};
