//! `city2city cases list` and `city2city cases show ID`.

use crate::CasesCommand;
use anyhow::{Result, anyhow};
use city2city_app::App;
use city2city_app::cases::CaseFilter;
use city2city_domain::Lang;
use city2city_domain::cases::{Stage, size_text};
use time::format_description::well_known::Rfc3339;

pub async fn run(app: &App, command: &CasesCommand) -> Result<()> {
    match command {
        CasesCommand::List {
            stage,
            city,
            sector,
            overdue,
            json,
            limit,
        } => {
            let stages = stage
                .iter()
                .map(|s| {
                    Stage::parse(s)
                        .ok_or_else(|| anyhow!("--stage {s:?}: must be one of {}", Stage::codes()))
                })
                .collect::<Result<Vec<_>>>()?;
            let page = app
                .cases_as_operator(CaseFilter {
                    stages,
                    sector: sector.clone(),
                    city: city.clone(),
                    overdue: *overdue,
                    page: 1,
                    per_page: *limit,
                    ..Default::default()
                })
                .await
                .map_err(crate::commands::explain)?;
            if *json {
                for c in &page.items {
                    println!("{}", serde_json::to_string(c)?);
                }
                return Ok(());
            }
            if page.items.is_empty() {
                println!("No cases.");
                return Ok(());
            }
            println!("ID\tSTAGE\tCOMPANY\tFROM\tTO\tOPENED\tFLAG");
            for v in &page.items {
                let c = &v.case;
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    c.id,
                    c.stage,
                    c.company_name.get(Lang::En),
                    c.home_city,
                    c.host_city,
                    c.opened_at.date(),
                    if v.overdue { "overdue" } else { "" }
                );
            }
            if page.total > page.items.len() as i64 {
                println!(
                    "({} of {} cases shown; --limit for more)",
                    page.items.len(),
                    page.total
                );
            }
            Ok(())
        }
        CasesCommand::Show { id, json } => {
            let d = app
                .case_as_operator(*id)
                .await
                .map_err(crate::commands::explain)?;
            if *json {
                println!("{}", serde_json::to_string_pretty(&d)?);
                return Ok(());
            }
            let c = &d.view.case;
            println!(
                "Case {}: {} ({})",
                c.id,
                c.company_name.get(Lang::En),
                c.company
            );
            println!(
                "  {} -> {}, plan {}, stage {}",
                c.home_city, c.host_city, c.plan, c.stage
            );
            println!(
                "  home agency {}{}",
                c.home_agency,
                c.home_manager
                    .as_ref()
                    .map(|m| format!(", manager {}", m.name))
                    .unwrap_or_default()
            );
            if let Some(host) = &c.host_agency {
                println!(
                    "  host agency {host}{}",
                    c.host_manager
                        .as_ref()
                        .map(|m| format!(", manager {}", m.name))
                        .unwrap_or_default()
                );
            }
            if d.view.overdue {
                println!(
                    "  first response overdue (target {} working days)",
                    c.first_response_days
                );
            }
            if let Some(e) = &c.establishment {
                println!("  established: {}", serde_json::to_string(e)?);
            }
            println!(
                "  needs: {}",
                c.needs
                    .iter()
                    .map(|n| n.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            println!("  {}", c.message);
            if !d.checklist.is_empty() {
                println!(
                    "Checklist: {} of {} steps done",
                    c.checklist.done, c.checklist.total
                );
                for s in &d.checklist {
                    println!(
                        "  [{}] {:>2}. {}{}",
                        if s.done_at.is_some() { "x" } else { " " },
                        s.number,
                        s.step.title.get(Lang::En),
                        s.done_by
                            .as_deref()
                            .map(|b| format!(" (ticked by {b})"))
                            .unwrap_or_default()
                    );
                }
            }
            if !d.files.is_empty() {
                println!("Files:");
                for f in &d.files {
                    let a = &f.attachment;
                    println!(
                        "  {:>4}  {}  {}, {}  attached {} by {} ({})",
                        a.id,
                        a.file_name,
                        a.file_type.code(),
                        size_text(a.size as usize),
                        a.added_at.date(),
                        a.added_by.as_deref().unwrap_or("platform"),
                        a.side
                    );
                }
            }
            println!("History:");
            for e in &d.history {
                println!(
                    "  {}  {:<5} {:<10} {}{}",
                    e.at.format(&Rfc3339)?,
                    e.side,
                    e.kind,
                    e.actor.as_deref().unwrap_or("platform"),
                    e.text
                        .as_deref()
                        .map(|t| format!(": {t}"))
                        .unwrap_or_default()
                );
            }
            Ok(())
        }
    }
}
