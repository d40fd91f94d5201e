//! Release batches: every day at one time, one more day of slots becomes bookable.
//!
//! Why batches: Berlin's foreigners' office saw bots book slots the moment they appeared and
//! sell them on. Slots that trickle out (a cancellation here, a new day at midnight there)
//! reward whoever polls fastest; one announced batch a day at a known time gives every
//! applicant the same chance, and the app can say when the next one comes. A cancelled
//! appointment's slot is free again at once, but only inside the released horizon.

use jiff::civil::{Date, DateTime};
use jiff::Span;

use super::slots::{Booked, Walk};
use super::{Calendar, Service, TimeOfDay};

/// When batches open: every day at `time`, the day `days_ahead` days later is released.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReleaseRule {
    pub time: TimeOfDay,
    /// 1 to 366.
    pub days_ahead: u16,
}

/// How many batches [`Calendar::next_release_for`] looks at: a year's.
pub const SEARCH_BATCHES: usize = 366;

/// One batch: at `opens_at` the slots of `date` become bookable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Release {
    pub opens_at: DateTime,
    pub date: Date,
}

fn add_days(date: Date, days: i64) -> Date {
    // Saturates at jiff's range (year 9999): no calendar reaches it, and a clamp beats a panic.
    date.saturating_add(Span::new().days(days))
}

impl ReleaseRule {
    /// The day whose batch was the last to open at `now`: today from the release time on
    /// (inclusive: at 07:00:00 the batch is out), else yesterday.
    fn last_batch_day(self, now: DateTime) -> Date {
        if now.time() >= self.time.to_time() {
            now.date()
        } else {
            add_days(now.date(), -1)
        }
    }

    /// The batch opened on `day`.
    fn batch(self, day: Date) -> Release {
        Release {
            opens_at: day.to_datetime(self.time.to_time()),
            date: add_days(day, i64::from(self.days_ahead)),
        }
    }
}

impl Calendar {
    /// The last date whose slots are released at `now` (office wall-clock time). Everything
    /// from today to this date is bookable (the caller drops today's slots that have begun).
    pub fn bookable_until(&self, now: DateTime) -> Date {
        let rule = self.release;
        add_days(rule.last_batch_day(now), i64::from(rule.days_ahead))
    }

    /// The next batch after `now` (strictly: at 07:00:00 sharp the 07:00 batch is out, and
    /// this names tomorrow's). The released day may have no slots (a Sunday, a holiday); for
    /// the announcement "next slots on …" use [`Calendar::next_release_for`].
    pub fn next_release(&self, now: DateTime) -> Release {
        let rule = self.release;
        rule.batch(add_days(rule.last_batch_day(now), 1))
    }

    /// The next batch after `now` that releases at least one slot of `service` (bookings
    /// aside: a day is released before anyone can book it), skipping days the service is not
    /// offered (weekends, holidays, closures). `None` if no batch of the next [`SEARCH_BATCHES`]
    /// does: a closure may run for years ("until 2099"), and the answer must stay cheap.
    pub fn next_release_for(&self, service: &Service, now: DateTime) -> Option<Release> {
        let rule = self.release;
        let empty = Booked::default();
        let mut day = add_days(rule.last_batch_day(now), 1);
        for _ in 0..SEARCH_BATCHES {
            let release = rule.batch(day);
            let mut any = false;
            self.walk(
                &Walk {
                    service,
                    from: release.date,
                    to: release.date,
                    not_before: 0,
                    booked: &empty,
                },
                |_| {
                    any = true;
                    false
                },
            );
            if any {
                return Some(release);
            }
            day = add_days(day, 1);
        }
        None
    }
}
