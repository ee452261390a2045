-- Every milestone payment ImmunoGen earned, by partner and year (view: milestone_payments).
SELECT payer AS partner, year, sum(amount_usd) AS earned_usd,
       list(DISTINCT trigger) AS triggers, list(DISTINCT compound) AS compounds
FROM milestone_payments
WHERE payee = 'ImmunoGen'
GROUP BY payer, year
ORDER BY year, partner;
