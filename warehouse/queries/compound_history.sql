-- What happened to huC242-DM4 over time, under all its names (view: compound_timeline).
SELECT date, names_printed, compound_events, phases, release_events, headline
FROM compound_timeline
WHERE compound = 'huC242-DM4'
ORDER BY date;
