-- Conjugates whose name shows the DM4 payload ("huC242-DM4"), with the aliases releases state.
SELECT c.canonical_name,
       list(DISTINCT c.name ORDER BY c.name) AS names,
       min(r.published_date) AS first_seen
FROM compounds AS c
JOIN releases AS r USING (release_id)
WHERE c.canonical_name IN (SELECT canonical_name FROM compounds WHERE name LIKE '%-DM4')
GROUP BY c.canonical_name
ORDER BY first_seen;
