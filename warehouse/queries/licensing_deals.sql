-- All licensing deals since 2005 with upfront and potential milestone totals (view: deals).
-- Change the year to look further back; background deals (announced = false) are deals a
-- release recalls, without the money terms of that deal.
SELECT deal_year, company, partner, asset, territory, upfront_usd, potential_milestones_usd,
       royalties, announced, headline
FROM deals
WHERE deal_type = 'licensing_deal' AND deal_year >= 2005
ORDER BY deal_year, company;
