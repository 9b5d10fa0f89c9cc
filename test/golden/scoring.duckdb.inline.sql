SELECT
  "id" AS "id",
  CASE WHEN "probability" < CAST(0.45 AS DOUBLE) THEN CAST('unassigned' AS VARCHAR) ELSE "segment" END AS "segment",
  "probability" AS "probability"
FROM (
  SELECT
    "id" AS "id",
    CASE WHEN "z0" = "m" THEN CAST('Pragmatists' AS VARCHAR) WHEN "z1" = "m" THEN CAST('Innovators' AS VARCHAR) ELSE CAST('Value guardians' AS VARCHAR) END AS "segment",
    CAST(1 AS DOUBLE) / (exp(greatest("z0" - "m", CAST((-700) AS DOUBLE))) + exp(greatest("z1" - "m", CAST((-700) AS DOUBLE))) + exp(greatest("z2" - "m", CAST((-700) AS DOUBLE)))) AS "probability"
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
        CAST(0.25 AS DOUBLE) + CAST(0.5 AS DOUBLE) * "f0" + CAST((-0.75) AS DOUBLE) * "f1" + CAST(1.25 AS DOUBLE) * "f2" + CAST(0 AS DOUBLE) * "f3" AS "z0",
        CAST((-0.125) AS DOUBLE) + CAST((-0.25) AS DOUBLE) * "f0" + CAST(1.5 AS DOUBLE) * "f1" + CAST((-0.5) AS DOUBLE) * "f2" + CAST(2 AS DOUBLE) * "f3" AS "z1",
        CAST((-0.125) AS DOUBLE) + CAST((-0.25) AS DOUBLE) * "f0" + CAST((-0.75) AS DOUBLE) * "f1" + CAST((-0.75) AS DOUBLE) * "f2" + CAST((-2) AS DOUBLE) * "f3" AS "z2"
      FROM (
        SELECT
          "stakeholder_id" AS "id",
          (coalesce(ln(1 + CAST("claims_volume" AS DOUBLE)), CAST(3.25 AS DOUBLE)) - CAST(3.25 AS DOUBLE)) / CAST(1.5 AS DOUBLE) AS "f0",
          (coalesce(CAST("pagerank" AS DOUBLE), CAST(0.0125 AS DOUBLE)) - CAST(0.0125 AS DOUBLE)) / CAST(0.004 AS DOUBLE) AS "f1",
          CASE WHEN CAST("specialty" AS VARCHAR) = CAST('radiology' AS VARCHAR) THEN 1 ELSE 0 END AS "f2",
          CASE WHEN CAST("specialty" AS VARCHAR) = CAST('O''Brien clinic' AS VARCHAR) THEN 1 ELSE 0 END AS "f3"
        FROM "input"
      ) AS "f"
    ) AS "z"
  ) AS "s"
) AS "w"
