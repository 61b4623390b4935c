# Hours of service: public holidays, the "open now / closed until" indicator, and what can
# be wrong with a plan's weekly hours or time zone (ardoise_domain::support).

# $holiday: the holiday's code (ardoise_domain::support::Holiday).
support-holiday = { $holiday ->
    [new_year] Jour de l’an
    [good_friday] Vendredi saint
    [easter_monday] Lundi de Pâques
    [labour_day] Fête du Travail
    [victory_day] Victoire 1945
    [ascension] Ascension
    [whit_monday] Lundi de Pentecôte
    [bastille_day] Fête nationale
    [assumption] Assomption
    [all_saints] Toussaint
    [armistice] Armistice 1918
    [christmas] Noël
    [st_stephen] Saint-Étienne
   *[other] Jour férié
}

# $day: monday … sunday.
support-hours-weekday = { $day ->
    [monday] lundi
    [tuesday] mardi
    [wednesday] mercredi
    [thursday] jeudi
    [friday] vendredi
    [saturday] samedi
   *[sunday] dimanche
}

# The indicator on a customer's page. $when: today, tomorrow, weekday (within the week)
# or date (further); $time is 9:00, $weekday a word of support-hours-weekday, $date a date.
support-hours-open-until = { $when ->
    [today] Ouvert jusqu’à { $time }
    [tomorrow] Ouvert jusqu’à demain { $time }
    [weekday] Ouvert jusqu’à { $weekday } { $time }
   *[date] Ouvert jusqu’au { $date } à { $time }
}
support-hours-closed-until = { $when ->
    [today] Fermé jusqu’à { $time }
    [tomorrow] Fermé jusqu’à demain { $time }
    [weekday] Fermé jusqu’à { $weekday } { $time }
   *[date] Fermé jusqu’au { $date } à { $time }
}
support-hours-open-always = Ouvert 24 h/24
support-hours-closed-always = Fermé

problem-hours-range-outside-day = Une plage horaire tient dans la journée, de 0:00 à 24:00.
problem-hours-range-reversed = L’heure de fin doit suivre l’heure de début.
problem-hours-ranges-overlap = Cette plage chevauche celle de { $start } à { $end } le même jour.
problem-unknown-time-zone = « { $name } » n’est pas un fuseau horaire connu : écrivez-le comme Europe/Paris ou America/New_York.
