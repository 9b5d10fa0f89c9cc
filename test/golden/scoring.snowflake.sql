SELECT
  id AS id,
  CASE WHEN probability < CAST(? AS DOUBLE) THEN CAST(? AS VARCHAR) ELSE segment END AS segment,
  probability AS probability
FROM (
  SELECT
    id AS id,
    CASE WHEN z0 = m THEN CAST(? AS VARCHAR) WHEN z1 = m THEN CAST(? AS VARCHAR) ELSE CAST(? AS VARCHAR) END AS segment,
    CAST(? AS DOUBLE) / (exp(greatest_ignore_nulls(z0 - m, CAST(? AS DOUBLE))) + exp(greatest_ignore_nulls(z1 - m, CAST(? AS DOUBLE))) + exp(greatest_ignore_nulls(z2 - m, CAST(? AS DOUBLE)))) AS probability
  FROM (
    SELECT
      id AS id,
      z0 AS z0,
      z1 AS z1,
      z2 AS z2,
      greatest_ignore_nulls(z0, z1, z2) AS m
    FROM (
      SELECT
        id AS id,
        CAST(? AS DOUBLE) + CAST(? AS DOUBLE) * f0 + CAST(? AS DOUBLE) * f1 + CAST(? AS DOUBLE) * f2 + CAST(? AS DOUBLE) * f3 AS z0,
        CAST(? AS DOUBLE) + CAST(? AS DOUBLE) * f0 + CAST(? AS DOUBLE) * f1 + CAST(? AS DOUBLE) * f2 + CAST(? AS DOUBLE) * f3 AS z1,
        CAST(? AS DOUBLE) + CAST(? AS DOUBLE) * f0 + CAST(? AS DOUBLE) * f1 + CAST(? AS DOUBLE) * f2 + CAST(? AS DOUBLE) * f3 AS z2
      FROM (
        SELECT
          stakeholder_id AS id,
          (coalesce(ln(1 + CAST(claims_volume AS DOUBLE)), CAST(? AS DOUBLE)) - CAST(? AS DOUBLE)) / CAST(? AS DOUBLE) AS f0,
          (coalesce(CAST(pagerank AS DOUBLE), CAST(? AS DOUBLE)) - CAST(? AS DOUBLE)) / CAST(? AS DOUBLE) AS f1,
          CASE WHEN CAST(specialty AS VARCHAR) = CAST(? AS VARCHAR) THEN 1 ELSE 0 END AS f2,
          CASE WHEN CAST(specialty AS VARCHAR) = CAST(? AS VARCHAR) THEN 1 ELSE 0 END AS f3
        FROM input
      ) AS f
    ) AS z
  ) AS s
) AS w
