//! Login attempts are limited per e-mail and client address, so passwords cannot be guessed at
//! speed. Kept in memory: a restart forgets, which only helps a legitimate user.

use crate::{AppError, Result};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failed attempts allowed per e-mail and client within the window.
pub const MAX_PER_ACCOUNT: usize = 5;
/// Failed attempts allowed per client (any e-mail) within the window.
pub const MAX_PER_CLIENT: usize = 30;

#[derive(Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl std::fmt::Debug for LoginLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LoginLimiter")
    }
}

impl LoginLimiter {
    fn keys(email: &str, client: &str) -> [(String, usize); 2] {
        [
            (format!("{email}\u{0}{client}"), MAX_PER_ACCOUNT),
            (format!("\u{0}{client}"), MAX_PER_CLIENT),
        ]
    }

    pub fn check(&self, email: &str, client: &str) -> Result<()> {
        let now = Instant::now();
        let mut map = self.failures.lock().expect("limiter lock");
        for (key, max) in Self::keys(email, client) {
            if let Some(times) = map.get_mut(&key) {
                times.retain(|t| now.duration_since(*t) < WINDOW);
                if times.len() >= max {
                    let oldest = times[0];
                    let wait = WINDOW.saturating_sub(now.duration_since(oldest));
                    return Err(AppError::RateLimited {
                        retry_after_secs: wait.as_secs().max(1),
                    });
                }
            }
        }
        Ok(())
    }

    pub fn failed(&self, email: &str, client: &str) {
        let mut map = self.failures.lock().expect("limiter lock");
        if map.len() > 100_000 {
            map.clear();
        }
        for (key, _) in Self::keys(email, client) {
            map.entry(key).or_default().push(Instant::now());
        }
    }

    pub fn succeeded(&self, email: &str, client: &str) {
        let mut map = self.failures.lock().expect("limiter lock");
        map.remove(&Self::keys(email, client)[0].0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_repeated_failures_for_the_same_account() {
        let l = LoginLimiter::default();
        for _ in 0..MAX_PER_ACCOUNT {
            assert!(l.check("a@x.org", "1.2.3.4").is_ok());
            l.failed("a@x.org", "1.2.3.4");
        }
        assert!(matches!(
            l.check("a@x.org", "1.2.3.4"),
            Err(AppError::RateLimited { .. })
        ));
        assert!(l.check("b@x.org", "1.2.3.4").is_ok());
        assert!(l.check("a@x.org", "5.6.7.8").is_ok());
    }
}
