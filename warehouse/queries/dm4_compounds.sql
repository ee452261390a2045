-- Which compounds carrying the DM4 payload reached Phase II, and when (view: compound_timeline).
SELECT compound, min(date) AS first_seen_in_phase_2_or_later, list(DISTINCT issuer) AS issuers
FROM compound_timeline
WHERE payload = 'DM4' AND highest_phase >= 'Phase II'
GROUP BY compound
ORDER BY first_seen_in_phase_2_or_later;
