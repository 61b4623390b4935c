# Hours of service: public holidays, the "open now / closed until" indicator, and what can
# be wrong with a plan's weekly hours or time zone (ardoise_domain::support).

# $holiday: the holiday's code (ardoise_domain::support::Holiday).
support-holiday = { $holiday ->
    [new_year] New Year’s Day
    [good_friday] Good Friday
    [easter_monday] Easter Monday
    [labour_day] Labour Day
    [victory_day] Victory in Europe Day
    [ascension] Ascension Day
    [whit_monday] Whit Monday
    [bastille_day] Bastille Day
    [assumption] Assumption Day
    [all_saints] All Saints’ Day
    [armistice] Armistice Day
    [christmas] Christmas Day
    [st_stephen] St Stephen’s Day
   *[other] Public holiday
}

# $day: monday … sunday.
support-hours-weekday = { $day ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
}

# The indicator on a customer's page. $when: today, tomorrow, weekday (within the week)
# or date (further); $time is 9:00, $weekday a word of support-hours-weekday, $date a date.
support-hours-open-until = { $when ->
    [today] Open until { $time }
    [tomorrow] Open until tomorrow { $time }
    [weekday] Open until { $weekday } { $time }
   *[date] Open until { $date } at { $time }
}
support-hours-closed-until = { $when ->
    [today] Closed until { $time }
    [tomorrow] Closed until tomorrow { $time }
    [weekday] Closed until { $weekday } { $time }
   *[date] Closed until { $date } at { $time }
}
support-hours-open-always = Open around the clock
support-hours-closed-always = Closed

problem-hours-range-outside-day = A range of hours fits within the day, from 0:00 to 24:00.
problem-hours-range-reversed = The end must come after the start.
problem-hours-ranges-overlap = This range overlaps the one from { $start } to { $end } on the same day.
problem-unknown-time-zone = “{ $name }” is not a known time zone: write it as Europe/Paris or America/New_York.
