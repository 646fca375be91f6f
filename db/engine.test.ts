import { describe, expect, it } from "vitest";
import { engineFromEnvironment } from "./engine";

describe("engineFromEnvironment", () => {
  it("names PostgreSQL for a postgres:// or postgresql:// DATABASE_URL", () => {
    expect(engineFromEnvironment({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/peiling" })).toBe(
      "postgresql",
    );
    expect(engineFromEnvironment({ DATABASE_URL: "postgresql://u:p@db.example.org/peiling" })).toBe(
      "postgresql",
    );
  });

  it("names SQLite without a DATABASE_URL, or with one that is not PostgreSQL's", () => {
    expect(engineFromEnvironment({})).toBe("sqlite");
    expect(engineFromEnvironment({ DATABASE_URL: "" })).toBe("sqlite");
    expect(engineFromEnvironment({ DATABASE_URL: "mysql://root@localhost/peiling" })).toBe("sqlite");
    expect(engineFromEnvironment({ DATABASE_URL: "file:./data/postgres://x.db" })).toBe("sqlite");
  });
});
