-- Releases, deals and money in and out per company and year (view: company_activity).
SELECT company, year, releases, deals, money_in_usd, money_out_usd
FROM company_activity
ORDER BY company, year;
