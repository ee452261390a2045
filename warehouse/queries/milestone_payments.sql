-- Every milestone payment, with the issuer that announced it, the release date and the headline.
SELECT r.published_date, r.issuer, m.amount_usd, m.text AS as_printed, r.headline
FROM money AS m
JOIN releases AS r USING (release_id)
WHERE m.kind = 'milestone'
ORDER BY r.published_date;
