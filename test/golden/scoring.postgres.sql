SELECT
  "id" AS "id",
  CASE WHEN "probability" < CAST($1 AS DOUBLE PRECISION) THEN CAST($2 AS TEXT) ELSE "segment" END AS "segment",
  "probability" AS "probability"
FROM (
  SELECT
    "id" AS "id",
    CASE WHEN "z0" = "m" THEN CAST($3 AS TEXT) WHEN "z1" = "m" THEN CAST($4 AS TEXT) ELSE CAST($5 AS TEXT) END AS "segment",
    CAST($6 AS DOUBLE PRECISION) / (exp(greatest("z0" - "m", CAST($7 AS DOUBLE PRECISION))) + exp(greatest("z1" - "m", CAST($8 AS DOUBLE PRECISION))) + exp(greatest("z2" - "m", CAST($9 AS DOUBLE PRECISION)))) AS "probability"
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
        CAST($10 AS DOUBLE PRECISION) + CAST($11 AS DOUBLE PRECISION) * "f0" + CAST($12 AS DOUBLE PRECISION) * "f1" + CAST($13 AS DOUBLE PRECISION) * "f2" + CAST($14 AS DOUBLE PRECISION) * "f3" AS "z0",
        CAST($15 AS DOUBLE PRECISION) + CAST($16 AS DOUBLE PRECISION) * "f0" + CAST($17 AS DOUBLE PRECISION) * "f1" + CAST($18 AS DOUBLE PRECISION) * "f2" + CAST($19 AS DOUBLE PRECISION) * "f3" AS "z1",
        CAST($20 AS DOUBLE PRECISION) + CAST($21 AS DOUBLE PRECISION) * "f0" + CAST($22 AS DOUBLE PRECISION) * "f1" + CAST($23 AS DOUBLE PRECISION) * "f2" + CAST($24 AS DOUBLE PRECISION) * "f3" AS "z2"
      FROM (
        SELECT
          "stakeholder_id" AS "id",
          (coalesce(ln(1 + CAST("claims_volume" AS DOUBLE PRECISION)), CAST($25 AS DOUBLE PRECISION)) - CAST($26 AS DOUBLE PRECISION)) / CAST($27 AS DOUBLE PRECISION) AS "f0",
          (coalesce(CAST("pagerank" AS DOUBLE PRECISION), CAST($28 AS DOUBLE PRECISION)) - CAST($29 AS DOUBLE PRECISION)) / CAST($30 AS DOUBLE PRECISION) AS "f1",
          CASE WHEN CAST("specialty" AS TEXT) = CAST($31 AS TEXT) THEN 1 ELSE 0 END AS "f2",
          CASE WHEN CAST("specialty" AS TEXT) = CAST($32 AS TEXT) THEN 1 ELSE 0 END AS "f3"
        FROM "input"
      ) AS "f"
    ) AS "z"
  ) AS "s"
) AS "w"
