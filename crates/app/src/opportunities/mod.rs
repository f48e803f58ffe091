//! Opportunities: authors write and submit them, agency staff validate them, the public finds
//! them (anonymously unless the owner shows the name), companies express interest in them.
//!
//! `lifecycle` holds writing and moving opportunities, `interests` the expressions of interest,
//! `import` the bulk import and export, `views` what a viewer may see of one.

mod import;
mod interests;
mod lifecycle;
mod views;

pub use import::{ExportLine, ImportError, ImportLineError, ImportSummary};
pub use interests::{InterestBox, InterestView};
pub use lifecycle::{Listing, ListingScope};
pub use views::{Contact, OpportunityView, Owner, Permissions};
