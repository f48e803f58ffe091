//! First-response targets are set in working days (Monday to Friday).

use time::{Date, Duration, Weekday};

/// Working days after `from` up to and including `to` (0 when `to` is not later).
pub fn working_days_between(from: Date, to: Date) -> i64 {
    if to <= from {
        return 0;
    }
    let days = (to - from).whole_days();
    let (weeks, rest) = (days / 7, days % 7);
    let mut n = weeks * 5;
    let mut d = from + Duration::days(weeks * 7);
    for _ in 0..rest {
        d = d.next_day().expect("within the calendar");
        if !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
            n += 1;
        }
    }
    n
}

/// The first response is overdue when more than `target` working days have passed since the
/// case was opened without one.
pub fn is_overdue(opened: Date, today: Date, target: u32, responded: bool) -> bool {
    !responded && working_days_between(opened, today) > i64::from(target)
}

/// The last day a first response is on time: `target` working days after `opened`.
pub fn response_due(opened: Date, target: u32) -> Date {
    let mut d = opened;
    let mut left = target;
    while left > 0 {
        d = d.next_day().expect("within the calendar");
        if !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
            left -= 1;
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn weekends_do_not_count() {
        // 2026-11-27 is a Friday.
        let friday = date!(2026 - 11 - 27);
        assert_eq!(working_days_between(friday, date!(2026 - 11 - 29)), 0);
        assert_eq!(working_days_between(friday, date!(2026 - 11 - 30)), 1);
        assert_eq!(working_days_between(friday, date!(2026 - 12 - 04)), 5);
        assert_eq!(working_days_between(friday, date!(2026 - 12 - 11)), 10);
        assert_eq!(working_days_between(friday, friday), 0);
        assert_eq!(working_days_between(date!(2026 - 12 - 04), friday), 0);
    }

    #[test]
    fn overdue_after_the_target_without_a_response() {
        let opened = date!(2026 - 11 - 23); // Monday
        assert!(!is_overdue(opened, date!(2026 - 11 - 26), 3, false));
        assert!(is_overdue(opened, date!(2026 - 11 - 27), 3, false));
        assert!(!is_overdue(opened, date!(2026 - 11 - 27), 3, true));
    }

    #[test]
    fn the_response_is_due_on_the_last_working_day_of_the_target() {
        let opened = date!(2026 - 11 - 23); // Monday
        assert_eq!(response_due(opened, 3), date!(2026 - 11 - 26));
        assert!(!is_overdue(opened, response_due(opened, 3), 3, false));
        let friday = date!(2026 - 11 - 27);
        assert_eq!(response_due(friday, 1), date!(2026 - 11 - 30));
        assert_eq!(response_due(friday, 0), friday);
    }
}
