package vn.vientro.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.vientro.indicator.domain.ExchangeRate;
import vn.vientro.indicator.domain.NationalFigure;
import vn.vientro.indicator.service.IndicatorDataService;
import vn.vientro.security.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Exchange rates, population and national figures: read by every role, written by admin. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api")
@Tag(name = "Tỷ giá, dân số / Exchange rates and population")
public class IndicatorResource {

    @Inject
    IndicatorDataService data;


    public record PopulationInput(@NotBlank String unitCode, @NotNull @Min(1900) @Max(2200) Integer year,
                                  @NotNull @PositiveOrZero Long population, @NotBlank @Size(max = 300) String source) {
    }

    public record NationalFigureInput(@PositiveOrZero Long population,
                                      @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal ngoAidUsd,
                                      @NotBlank @Size(max = 500) String source) {
    }

    @GET
    @Path("/exchange-rates")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<ExchangeRate> rates(@QueryParam("currency") String currency) {
        return data.rates(currency);
    }

    @POST
    @Path("/exchange-rates")
    @RolesAllowed(Roles.ADMIN)
    public ExchangeRate putRate(@Valid @NotNull ExchangeRate rate) {
        return data.putRate(new IndicatorDataService.RateInput(rate.currency, rate.date, rate.unitsPerUsd, rate.source));
    }

    @DELETE
    @Path("/exchange-rates/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteRate(@PathParam("id") long id) {
        data.deleteRate(id);
        return Response.noContent().build();
    }

    /** CSV with a header line: {@code currency,date,unitsPerUsd,source}; all rows or none. */
    @POST
    @Path("/exchange-rates/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> importRates(@NotNull String csv) {
        return Map.of("imported", data.importRates(csv));
    }

    @GET
    @Path("/population")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<IndicatorDataService.PopulationView> population(@QueryParam("year") Integer year) {
        return data.population(year);
    }

    @POST
    @Path("/population")
    @RolesAllowed(Roles.ADMIN)
    public IndicatorDataService.PopulationView putPopulation(@Valid @NotNull PopulationInput in) {
        return data.putPopulation(in.unitCode(), in.year(), in.population(), in.source());
    }

    /** CSV with a header line: {@code unitCode,year,population,source}; all rows or none. */
    @POST
    @Path("/population/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> importPopulation(@NotNull String csv) {
        return Map.of("imported", data.importPopulation(csv));
    }

    @GET
    @Path("/national-figures")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<NationalFigure> nationalFigures() {
        return data.nationalFigures();
    }

    @PUT
    @Path("/national-figures/{year}")
    @RolesAllowed(Roles.ADMIN)
    public NationalFigure putNationalFigure(@PathParam("year") @Min(1900) @Max(2200) int year,
                                            @Valid @NotNull NationalFigureInput in) {
        return data.putNationalFigure(year, in.population(), in.ngoAidUsd(), in.source());
    }
}
