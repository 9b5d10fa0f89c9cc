SELECT
  "id" AS "id",
  CASE WHEN "probability" < CAST(0.45 AS DOUBLE PRECISION) THEN CAST('unassigned' AS TEXT) ELSE "segment" END AS "segment",
  "probability" AS "probability"
FROM (
  SELECT
    "id" AS "id",
    CASE WHEN "z0" = "m" THEN CAST('Pragmatists' AS TEXT) WHEN "z1" = "m" THEN CAST('Innovators' AS TEXT) ELSE CAST('Value guardians' AS TEXT) END AS "segment",
    CAST(1 AS DOUBLE PRECISION) / (exp(greatest("z0" - "m", CAST((-700) AS DOUBLE PRECISION))) + exp(greatest("z1" - "m", CAST((-700) AS DOUBLE PRECISION))) + exp(greatest("z2" - "m", CAST((-700) AS DOUBLE PRECISION)))) AS "probability"
  FROM (
    SELECT
      "id" AS "id",
      "z0" AS "z0",
      "z1" AS "z1",
      "z2" AS "z2",
      greatest("z0", "z1", "z2") AS "m"
    FROM (
      SELECT
        "id" AS "id",
        CAST(0.25 AS DOUBLE PRECISION) + CAST(0.5 AS DOUBLE PRECISION) * "f0" + CAST((-0.75) AS DOUBLE PRECISION) * "f1" + CAST(1.25 AS DOUBLE PRECISION) * "f2" + CAST(0 AS DOUBLE PRECISION) * "f3" AS "z0",
        CAST((-0.125) AS DOUBLE PRECISION) + CAST((-0.25) AS DOUBLE PRECISION) * "f0" + CAST(1.5 AS DOUBLE PRECISION) * "f1" + CAST((-0.5) AS DOUBLE PRECISION) * "f2" + CAST(2 AS DOUBLE PRECISION) * "f3" AS "z1",
        CAST((-0.125) AS DOUBLE PRECISION) + CAST((-0.25) AS DOUBLE PRECISION) * "f0" + CAST((-0.75) AS DOUBLE PRECISION) * "f1" + CAST((-0.75) AS DOUBLE PRECISION) * "f2" + CAST((-2) AS DOUBLE PRECISION) * "f3" AS "z2"
      FROM (
        SELECT
          "stakeholder_id" AS "id",
          (coalesce(ln(1 + CAST("claims_volume" AS DOUBLE PRECISION)), CAST(3.25 AS DOUBLE PRECISION)) - CAST(3.25 AS DOUBLE PRECISION)) / CAST(1.5 AS DOUBLE PRECISION) AS "f0",
          (coalesce(CAST("pagerank" AS DOUBLE PRECISION), CAST(0.0125 AS DOUBLE PRECISION)) - CAST(0.0125 AS DOUBLE PRECISION)) / CAST(0.004 AS DOUBLE PRECISION) AS "f1",
          CASE WHEN CAST("specialty" AS TEXT) = CAST('radiology' AS TEXT) THEN 1 ELSE 0 END AS "f2",
          CASE WHEN CAST("specialty" AS TEXT) = CAST('O''Brien clinic' AS TEXT) THEN 1 ELSE 0 END AS "f3"
        FROM "input"
      ) AS "f"
    ) AS "z"
  ) AS "s"
) AS "w"
