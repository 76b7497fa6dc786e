package vn.vientro.indicator;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/** Exchange rates, population and national figures through the admin API. */
@QuarkusTest
class IndicatorDataTest {

    @Test
    void aRateImportIsAllOrNothingAndNamesEveryBadCell() {
        String bad = """
                currency,date,unitsPerUsd,source
                VND,2021-01-04,23100,Ngân hàng Nhà nước
                XYZ,2021-02-01,5,Không rõ
                EUR,01/03/2021,0.82,ECB
                JPY,2021-04-01,-3,BoJ
                KRW,2021-05-03,1120,
                """;
        as(ADMIN).contentType("text/csv; charset=UTF-8").body(bad).post("/api/exchange-rates/import").then().statusCode(400)
                .body("errors.row", contains(3, 4, 5, 6))
                .body("errors.column", contains("currency", "date", "unitsPerUsd", "source"));
        as(ADMIN).queryParam("currency", "VND").get("/api/exchange-rates").then().statusCode(200)
                .body("findAll { it.date == '2021-01-04' }", empty());

        String good = """
                currency,date,unitsPerUsd,source
                VND,2021-01-04,23100,"Ngân hàng Nhà nước, tỷ giá trung tâm"
                EUR,2021-01-04,0.82,ECB reference rate
                """;
        as(ADMIN).contentType("text/csv; charset=UTF-8").body(good).post("/api/exchange-rates/import").then().statusCode(200)
                .body("imported", equalTo(2));
        as(LEADERSHIP).queryParam("currency", "VND").get("/api/exchange-rates").then().statusCode(200)
                .body("find { it.date == '2021-01-04' }.unitsPerUsd", equalTo(23100.0f))
                .body("find { it.date == '2021-01-04' }.source", equalTo("Ngân hàng Nhà nước, tỷ giá trung tâm"));
        as(OFFICER).contentType("text/csv; charset=UTF-8").body(good).post("/api/exchange-rates/import").then().statusCode(403);
    }

    @Test
    void aPopulationImportIsAllOrNothing() {
        as(ADMIN).contentType("text/csv; charset=UTF-8").body("unitCode,year,population,source\n703,2021,140000,Niên giám\n999,2021,5,x\n705,năm,5,x\n")
                .post("/api/population/import").then().statusCode(400)
                .body("errors.row", contains(3, 4)).body("errors.column", contains("unitCode", "year"));
        as(ADMIN).queryParam("year", 2021).get("/api/population").then().body("findAll { it.unitCode == '703' }", empty());
        as(ADMIN).contentType("text/csv; charset=UTF-8").body("unitCode,year,population,source\n703,2021,140000,\"Niên giám, Cục Thống kê\"\n")
                .post("/api/population/import").then().statusCode(200).body("imported", equalTo(1));
        as(LEADERSHIP).queryParam("year", 2021).get("/api/population").then()
                .body("find { it.unitCode == '703' }.population", equalTo(140000))
                .body("find { it.unitCode == '703' }.source", equalTo("Niên giám, Cục Thống kê"));
    }

    /** What once gave 500: a NUL PostgreSQL refuses, numbers beyond the columns, a source longer than its column. */
    @Test
    void importsNameCellsTheDatabaseCouldNotStore() {
        String rates = "currency,date,unitsPerUsd,source\n"
                + "EUR,2031-01-02,0.9,Ngân hàng\u0000\n"
                + "EUR,2031-01-03,1e400,ECB\n"
                + "EUR,2031-01-06,0.9," + "Đ".repeat(301) + "\n"
                + "EUR,-999999999-01-01,0.9,ECB\n";
        as(ADMIN).contentType("text/csv; charset=UTF-8").body(rates).post("/api/exchange-rates/import").then().statusCode(400)
                .body("errors.row", contains(2, 3, 4, 5)).body("errors.column", contains("source", "unitsPerUsd", "source", "date"));
        String population = "unitCode,year,population,source\n"
                + "703\u0000,2031,5,x\n"
                + "703,2031,1e400,x\n"
                + "703,2e3,5,x\n";
        as(ADMIN).contentType("text/csv; charset=UTF-8").body(population).post("/api/population/import").then().statusCode(400)
                .body("errors.row", contains(2, 3, 4)).body("errors.column", contains("unitCode", "population", "year"));
        as(ADMIN).queryParam("year", 2031).get("/api/population").then().statusCode(200).body("$", empty());
        as(ADMIN).queryParam("currency", "EUR").get("/api/exchange-rates").then().statusCode(200)
                .body("findAll { it.date.startsWith('2031') }", empty());
        as(ADMIN).body(Map.of("ngoAidUsd", new java.math.BigDecimal("1e20"), "source", "Quá lớn"))
                .put("/api/national-figures/2031").then().statusCode(400).body("violations[0].field", endsWith("ngoAidUsd"));
    }

    @Test
    void populationAndNationalFigures() {
        as(ADMIN).body(Map.of("unitCode", "72", "year", 2019, "population", 1169165, "source", "Tổng điều tra 2019"))
                .post("/api/population").then().statusCode(200).body("unitName", startsWith("Tỉnh Tây Ninh"));
        as(ADMIN).body(Map.of("unitCode", "KHONG", "year", 2019, "population", 1, "source", "x"))
                .post("/api/population").then().statusCode(400).body("violations[0].field", equalTo("unitCode"));
        as(ADMIN).body(Map.of("unitCode", "72", "year", 2019, "population", -1, "source", "x"))
                .post("/api/population").then().statusCode(400);
        as(LEADERSHIP).queryParam("year", 2019).get("/api/population").then().statusCode(200)
                .body("find { it.unitCode == '72' }.population", equalTo(1169165));

        as(LEADERSHIP).get("/api/national-figures").then().statusCode(200)
                .body("find { it.year == 2019 }.population", equalTo(96200000))
                .body("find { it.year == 2019 }.ngoAidUsd", equalTo(262100000.0f));
        as(ADMIN).body(Map.of("population", 100300000, "ngoAidUsd", 230000000, "source", "Ước tính"))
                .put("/api/national-figures/2024").then().statusCode(200).body("year", equalTo(2024));
        as(OFFICER).body(Map.of("population", 1, "source", "x")).put("/api/national-figures/2024").then().statusCode(403);
    }

    @Test
    void theNationalSeriesHoldsThePublicFiguresWithTheirSources() {
        var figures = as(LEADERSHIP).get("/api/national-figures").then().statusCode(200).extract().jsonPath();
        // NGO aid (migration V4, docs/domain.md)
        assertThat(figures.getFloat("find { it.year == 2014 }.ngoAidUsd")).isEqualTo(304_000_000f);
        assertThat(figures.getFloat("find { it.year == 2020 }.ngoAidUsd")).isEqualTo(220_700_000f);
        // population: 2019 census, 2022 (V4); the statistics office's average population (V7)
        Map<Integer, Integer> population = Map.of(2015, 91_700_000, 2017, 93_700_000, 2019, 96_200_000,
                2021, 98_510_000, 2022, 99_200_000, 2023, 100_300_000);
        population.forEach((year, people) -> {
            assertThat(figures.getInt("find { it.year == " + year + " }.population")).as("population " + year).isEqualTo(people);
            assertThat(figures.getString("find { it.year == " + year + " }.source")).as("source " + year)
                    .containsAnyOf("Tổng cục Thống kê", "Tổng điều tra").doesNotContain("dân số: Ước tính");
        });
        assertThat(figures.getFloat("find { it.year == 2015 }.ngoAidUsd")).isEqualTo(283_000_000f);
        assertThat(figures.getFloat("find { it.year == 2023 }.ngoAidUsd")).isEqualTo(228_600_000f);
    }
}
