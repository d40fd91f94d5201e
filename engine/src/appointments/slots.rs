//! Free slots: the bookings as a lookup structure ([`Booked`]), the one walker over candidate
//! slots, and the queries built on it.
//!
//! A candidate slot of a service is a grid point: an opening interval's start plus a multiple
//! of the service's duration, ending inside the interval. It is free on a counter when no
//! busy interval of that counter and day (a booking of any service, a closure) overlaps it.
//! Per day, each counter's busy intervals are one sorted, disjoint list, and the candidates are
//! visited in increasing start, so one cursor per counter that only moves forward decides
//! "free?" in amortised constant time.

use jiff::civil::{Date, DateTime};

use super::{Calendar, Counter, Service, Slot, TimeOfDay, MINUTES_PER_DAY};

/// One existing appointment, of any service: it occupies `counter` on `date` from `start` for
/// `minutes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Booking {
    pub counter: Counter,
    pub date: Date,
    pub start: TimeOfDay,
    pub minutes: u16,
}

/// A busy interval of one counter on one day (minutes, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Busy {
    date: Date,
    start: u16,
    end: u16,
}

/// The bookings, per counter sorted by day and start with overlapping or touching ones merged
/// (a slot overlaps a merged interval exactly when it overlaps one of its parts), so a day's
/// list is found by binary search and walked once.
#[derive(Debug, Clone, Default)]
pub struct Booked {
    counters: Vec<Vec<Busy>>,
}

impl Booked {
    /// From bookings in any order. Zero-minute bookings occupy nothing and are dropped.
    pub fn new(bookings: impl IntoIterator<Item = Booking>) -> Booked {
        let mut counters: Vec<Vec<Busy>> = Vec::new();
        for b in bookings {
            if b.minutes == 0 {
                continue;
            }
            let i = b.counter.index();
            if counters.len() <= i {
                counters.resize_with(i + 1, Vec::new);
            }
            counters[i].push(Busy {
                date: b.date,
                start: b.start.minutes(),
                // Past midnight is past every slot of the day; saturating keeps it in u16.
                end: b.start.minutes().saturating_add(b.minutes),
            });
        }
        for list in &mut counters {
            list.sort_unstable();
            list.dedup_by(|next, prev| {
                // `dedup_by` hands (later, earlier): fold the later into the earlier.
                let merge = next.date == prev.date && next.start <= prev.end;
                if merge {
                    prev.end = prev.end.max(next.end);
                }
                merge
            });
        }
        Booked { counters }
    }

    /// The busy intervals of `counter` on `date`, sorted and disjoint.
    fn day(&self, counter: Counter, date: Date) -> &[Busy] {
        let Some(list) = self.counters.get(counter.index()) else {
            return &[];
        };
        let first = list.partition_point(|b| b.date < date);
        let len = list[first..].partition_point(|b| b.date == date);
        &list[first..first + len]
    }

    /// Whether `counter` is free on `date` from `start` for `minutes`.
    pub fn is_free(&self, counter: Counter, date: Date, start: TimeOfDay, minutes: u16) -> bool {
        let (s, e) = (start.minutes(), start.minutes().saturating_add(minutes));
        !self
            .day(counter, date)
            .iter()
            .any(|b| b.start < e && s < b.end)
    }
}

impl FromIterator<Booking> for Booked {
    fn from_iter<I: IntoIterator<Item = Booking>>(iter: I) -> Booked {
        Booked::new(iter)
    }
}

/// A closure of one counter compiled for the walker: closed from `start` to `end` (minutes)
/// on each day `from..=to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Block {
    pub from: Date,
    pub to: Date,
    pub start: u16,
    pub end: u16,
}

/// What to walk: `service`'s candidate slots on `from..=to`, on `from` only those starting at
/// `not_before` (minutes, up to [`MINUTES_PER_DAY`]) or later.
pub(super) struct Walk<'a> {
    pub service: &'a Service,
    pub from: Date,
    pub to: Date,
    pub not_before: u16,
    pub booked: &'a Booked,
}

/// Fill `list` with one counter's busy intervals on `date`, sorted and disjoint: its
/// bookings (already so) and the closure blocks covering the day, merged in only when there
/// are any, which is rare.
fn busy_day(list: &mut Vec<(u16, u16)>, booked: &[Busy], blocks: &[Block], date: Date) {
    list.clear();
    list.extend(booked.iter().map(|b| (b.start, b.end)));
    let before = list.len();
    list.extend(
        blocks
            .iter()
            .filter(|b| b.from <= date && date <= b.to)
            .map(|b| (b.start, b.end)),
    );
    if list.len() > before {
        merge(list);
    }
}

/// Sort and merge `(start, end)` intervals in place.
fn merge(list: &mut Vec<(u16, u16)>) {
    list.sort_unstable();
    list.dedup_by(|next, prev| {
        let merge = next.0 <= prev.1;
        if merge {
            prev.1 = prev.1.max(next.1);
        }
        merge
    });
}

impl Calendar {
    /// Visit the free slots of `walk` in answer order (date, start, counter); `visit` returns
    /// whether to go on.
    pub(super) fn walk(&self, walk: &Walk<'_>, mut visit: impl FnMut(Slot) -> bool) {
        let service = walk.service;
        let step = service.duration;
        let counters = service.counters.as_slice();
        if step == 0 || counters.is_empty() || walk.from > walk.to {
            return;
        }
        // Only the closures that touch the range, per counter: an office's list of past
        // closures grows for years and should not be scanned on every day.
        let blocks: Vec<Vec<Block>> = counters
            .iter()
            .map(|c| {
                self.blocks[c.index()]
                    .iter()
                    .filter(|b| b.to >= walk.from && b.from <= walk.to)
                    .copied()
                    .collect()
            })
            .collect();
        let mut busy: Vec<Vec<(u16, u16)>> = vec![Vec::new(); counters.len()];
        let mut cursor: Vec<usize> = vec![0; counters.len()];
        let mut holiday = self.holidays.partition_point(|h| *h < walk.from);
        let mut date = walk.from;
        loop {
            while self.holidays.get(holiday).is_some_and(|h| *h < date) {
                holiday += 1;
            }
            let intervals = service.hours.day(date.weekday());
            if self.holidays.get(holiday) != Some(&date) && !intervals.is_empty() {
                let not_before = if date == walk.from {
                    walk.not_before
                } else {
                    0
                };
                for (k, &counter) in counters.iter().enumerate() {
                    busy_day(
                        &mut busy[k],
                        walk.booked.day(counter, date),
                        &blocks[k],
                        date,
                    );
                    cursor[k] = 0;
                }
                for interval in intervals {
                    let (mut start, end) = (interval.start.minutes(), interval.end.minutes());
                    while start + step <= end {
                        if start >= not_before {
                            for (k, &counter) in counters.iter().enumerate() {
                                let list = &busy[k];
                                let at = &mut cursor[k];
                                // Disjoint and sorted by start, so sorted by end too: the first
                                // interval ending after `start` is the only one that can overlap.
                                while list.get(*at).is_some_and(|b| b.1 <= start) {
                                    *at += 1;
                                }
                                let free = list.get(*at).is_none_or(|b| b.0 >= start + step);
                                if free
                                    && !visit(Slot {
                                        date,
                                        start: TimeOfDay(start),
                                        counter,
                                    })
                                {
                                    return;
                                }
                            }
                        }
                        start += step;
                    }
                }
            }
            if date >= walk.to {
                return;
            }
            match date.tomorrow() {
                Ok(next) => date = next,
                Err(_) => return,
            }
        }
    }

    /// Every free slot of `service` from `from` to `to` (inclusive), in the order date, start,
    /// counter. Release and "already begun" are the caller's: pass `to` no later than
    /// [`Calendar::bookable_until`], or use [`Calendar::next_free_slots`] from now.
    pub fn free_slots(
        &self,
        service: &Service,
        from: Date,
        to: Date,
        booked: &Booked,
    ) -> Vec<Slot> {
        let mut out = Vec::new();
        let walk = Walk {
            service,
            from,
            to,
            not_before: 0,
            booked,
        };
        self.walk(&walk, |slot| {
            out.push(slot);
            true
        });
        out
    }

    /// The first `limit` free slots of `service` starting at `after` or later (on any counter)
    /// and no later than the day `until`: "that slot is taken, here are the next free ones",
    /// or, with `after` = now, the next bookable ones.
    pub fn next_free_slots(
        &self,
        service: &Service,
        after: DateTime,
        until: Date,
        limit: usize,
        booked: &Booked,
    ) -> Vec<Slot> {
        let mut out = Vec::with_capacity(limit.min(64));
        if limit == 0 {
            return out;
        }
        // A slot at 09:00 has begun at 09:00:30: round a partial minute up.
        let minute =
            u16::from(after.hour().unsigned_abs()) * 60 + u16::from(after.minute().unsigned_abs());
        let partial = after.second() != 0 || after.subsec_nanosecond() != 0;
        let walk = Walk {
            service,
            from: after.date(),
            to: until,
            not_before: (minute + u16::from(partial)).min(MINUTES_PER_DAY),
            booked,
        };
        self.walk(&walk, |slot| {
            out.push(slot);
            out.len() < limit
        });
        out
    }

    /// Whether `slot` is one of `service`'s slots at all: its counter offers the service, the
    /// day is no holiday, it lies on the grid of an opening interval and fits in it, and no
    /// closure covers it. Bookings are not looked at (see [`Calendar::slot_is_free`]).
    pub fn slot_is_valid(&self, service: &Service, slot: Slot) -> bool {
        let step = service.duration;
        let start = slot.start.minutes();
        let end = start + step;
        let on_grid = |i: &super::Interval| {
            let (a, b) = (i.start.minutes(), i.end.minutes());
            start >= a && end <= b && (start - a) % step == 0
        };
        step > 0
            && service.counters.binary_search(&slot.counter).is_ok()
            && !self.is_holiday(slot.date)
            && service.hours.day(slot.date.weekday()).iter().any(on_grid)
            && !self.blocks[slot.counter.index()]
                .iter()
                .any(|b| b.from <= slot.date && slot.date <= b.to && b.start < end && start < b.end)
    }

    /// Whether `slot` is a valid slot of `service` that no booking overlaps: the check before
    /// booking it (the database's own check against a concurrent booking still applies).
    pub fn slot_is_free(&self, service: &Service, slot: Slot, booked: &Booked) -> bool {
        self.slot_is_valid(service, slot)
            && booked.is_free(slot.counter, slot.date, slot.start, service.duration)
    }
}
