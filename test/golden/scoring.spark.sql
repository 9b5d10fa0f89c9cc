SELECT
  `id` AS `id`,
  CASE WHEN `probability` < CAST(:p1 AS DOUBLE) THEN CAST(:p2 AS STRING) ELSE `segment` END AS `segment`,
  `probability` AS `probability`
FROM (
  SELECT
    `id` AS `id`,
    CASE WHEN `z0` = `m` THEN CAST(:p3 AS STRING) WHEN `z1` = `m` THEN CAST(:p4 AS STRING) ELSE CAST(:p5 AS STRING) END AS `segment`,
    CAST(:p6 AS DOUBLE) / (exp(greatest(`z0` - `m`, CAST(:p7 AS DOUBLE))) + exp(greatest(`z1` - `m`, CAST(:p8 AS DOUBLE))) + exp(greatest(`z2` - `m`, CAST(:p9 AS DOUBLE)))) AS `probability`
  FROM (
    SELECT
      `id` AS `id`,
      `z0` AS `z0`,
      `z1` AS `z1`,
      `z2` AS `z2`,
      greatest(`z0`, `z1`, `z2`) AS `m`
    FROM (
      SELECT
        `id` AS `id`,
        CAST(:p10 AS DOUBLE) + CAST(:p11 AS DOUBLE) * `f0` + CAST(:p12 AS DOUBLE) * `f1` + CAST(:p13 AS DOUBLE) * `f2` + CAST(:p14 AS DOUBLE) * `f3` AS `z0`,
        CAST(:p15 AS DOUBLE) + CAST(:p16 AS DOUBLE) * `f0` + CAST(:p17 AS DOUBLE) * `f1` + CAST(:p18 AS DOUBLE) * `f2` + CAST(:p19 AS DOUBLE) * `f3` AS `z1`,
        CAST(:p20 AS DOUBLE) + CAST(:p21 AS DOUBLE) * `f0` + CAST(:p22 AS DOUBLE) * `f1` + CAST(:p23 AS DOUBLE) * `f2` + CAST(:p24 AS DOUBLE) * `f3` AS `z2`
      FROM (
        SELECT
          `stakeholder_id` AS `id`,
          (coalesce(ln(1 + CAST(`claims_volume` AS DOUBLE)), CAST(:p25 AS DOUBLE)) - CAST(:p26 AS DOUBLE)) / CAST(:p27 AS DOUBLE) AS `f0`,
          (coalesce(CAST(`pagerank` AS DOUBLE), CAST(:p28 AS DOUBLE)) - CAST(:p29 AS DOUBLE)) / CAST(:p30 AS DOUBLE) AS `f1`,
          CASE WHEN CAST(`specialty` AS STRING) = CAST(:p31 AS STRING) THEN 1 ELSE 0 END AS `f2`,
          CASE WHEN CAST(`specialty` AS STRING) = CAST(:p32 AS STRING) THEN 1 ELSE 0 END AS `f3`
        FROM `input`
      ) AS `f`
    ) AS `z`
  ) AS `s`
) AS `w`
