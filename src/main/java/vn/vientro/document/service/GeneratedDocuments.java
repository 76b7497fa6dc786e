package vn.vientro.document.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.common.domain.DomainException;
import vn.vientro.document.domain.DecreeDates;
import vn.vientro.document.domain.DocumentKind;
import vn.vientro.document.domain.Placeholder;
import vn.vientro.document.domain.VietnameseNumberWords;
import vn.vientro.proposal.domain.Opinion;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.SectorShare;
import vn.vientro.proposal.service.ProposalQueries;
import vn.vientro.proposal.service.StepRecord;
import vn.vientro.reference.domain.AdminUnit;
import vn.vientro.reference.domain.OrgUnit;
import vn.vientro.security.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drafts the documents that follow the committee's decision from the proposal's data (the contents of Decree 80/2020
 * Art. 11(1): the aid's name, managing agency, aid owner and donor, objectives, time and place, total value; the
 * financial mechanism and management method are the template's wording) and the decision entered at the approval
 * step, in the province's template. Nothing is stored: the same data gives the same document.
 */
@ApplicationScoped
public class GeneratedDocuments {

    @Inject
    ProposalQueries proposals;

    @Inject
    DocumentTemplates templates;

    @Inject
    Clock clock;

    /** The province's name as its documents write it ("Tây Ninh"): the place in date lines and the issuing body. */
    @ConfigProperty(name = "vientro.province.name")
    String province;

    /** A drafted document: its file name and its .docx bytes. */
    public record Generated(String fileName, byte[] content) {
    }

    @Transactional
    public Generated generate(long proposalId, String kindPath, Actor actor) {
        DocumentKind kind = DocumentKind.ofPath(kindPath).orElseThrow(() -> DomainException.invalid("kind", "path",
                ProblemCode.NOT_ONE_OF, "must be one of: " + String.join(", ", DocumentKind.paths()), DocumentKind.paths()));
        Proposal p = proposals.visible(proposalId, actor);
        if (!kind.needs.contains(p.status)) {
            throw DomainException.conflict(ProblemCode.DOCUMENT_NOT_DUE, "The " + kind.path + " document is drafted for a proposal that is "
                    + kind.needs.stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")) + "; proposal " + p.id + " is " + p.status);
        }
        return render(kind, placeholder -> value(placeholder, p), "proposal " + p.id, String.valueOf(p.id));
    }

    /**
     * The document of a kind with the values its template uses, given by {@code values} (null where the data lacks
     * one): a 422 naming the missing data instead of a half-filled document. {@code about} says whose data it is, in the
     * answer; {@code suffix} ends the file's name.
     */
    public Generated render(DocumentKind kind, java.util.function.Function<Placeholder, Object> values, String about,
                            String suffix) {
        DocxTemplate template = templates.of(kind);
        Map<String, Object> filled = new HashMap<>();
        for (Placeholder placeholder : kind.placeholders()) {
            if (template.placeholders().contains(placeholder.key)) {
                filled.put(placeholder.key, placeholder.of == Placeholder.Of.ANY ? common(placeholder) : values.apply(placeholder));
            }
        }
        List<String> missing = template.missing(filled).stream()
                .map(key -> kind.placeholders().stream().filter(ph -> ph.key.equals(key)).findFirst().orElseThrow().field)
                .distinct().toList();
        if (!missing.isEmpty()) {
            throw DomainException.unprocessable(ProblemCode.MISSING_FIELDS, "The data lacks what the document needs",
                    "The " + kind.path + " document of " + about + " needs " + String.join(", ", missing)
                            + ", which it does not have", Map.of("missingFields", missing));
        }
        return new Generated(kind.fileName + "-" + suffix + ".docx", template.render(filled));
    }

    /** The values every document may use: the province, the year of writing. */
    private Object common(Placeholder placeholder) {
        return switch (placeholder) {
            case PROVINCE -> province;
            case PROVINCE_UPPER -> province.toUpperCase(Locale.forLanguageTag("vi"));
            case YEAR -> String.valueOf(LocalDate.now(clock).getYear());
            default -> throw new IllegalArgumentException(placeholder + " is not common to every document");
        };
    }

    /** The placeholder's value for this proposal: null where the proposal lacks it. */
    private Object value(Placeholder placeholder, Proposal p) {
        return switch (placeholder) {
            case AID_NAME -> p.titleVi;
            case AID_KIND -> p.kind.labelVi;
            case SECTORS -> p.sectors.isEmpty() ? null : p.sectors.stream()
                    .sorted(Comparator.comparing((SectorShare s) -> s.share).reversed().thenComparing(s -> s.sector.code))
                    .map(s -> s.sector.nameVi + " (" + percent(s.share) + ")").collect(Collectors.joining(", "));
            case LOCATIONS -> p.locations.isEmpty() ? null : p.locations.stream()
                    .sorted(Comparator.comparing((AdminUnit u) -> u.code)).map(u -> u.name).collect(Collectors.joining(", "));
            case DONOR -> p.ngo == null ? null : p.ngo.nameVi.contains(p.ngo.name) ? p.ngo.nameVi
                    : p.ngo.nameVi + " (" + p.ngo.name + ")";
            case AID_OWNER -> p.aidOwner;
            case OBJECTIVES -> p.description;
            case PLANNED_START -> written(p.plannedStart);
            case PLANNED_END -> written(p.plannedEnd);
            case AMOUNT -> p.committedAmount == null ? null : VietnameseNumberWords.amountInFigures(p.committedAmount, p.currency);
            case AMOUNT_IN_WORDS -> p.committedAmount == null ? null
                    : VietnameseNumberWords.amountInWords(p.committedAmount, p.currency);
            case COUNTERPART_FUNDS -> p.counterpartVnd == null || p.counterpartVnd.signum() == 0 ? "Không có"
                    : VietnameseNumberWords.amountInFigures(p.counterpartVnd, "VND") + " (Bằng chữ: "
                    + VietnameseNumberWords.amountInWords(p.counterpartVnd, "VND") + ")";
            case CONSULTED_AGENCIES -> Opinion.<Opinion>list("proposalId = ?1 order by requestedAt, agency", p.id).stream()
                    .map(o -> o.agency).distinct()
                    .map(GeneratedDocuments::agencyName).toList();
            case CONDITIONS -> proposals.conditions(p).stream().map(GeneratedDocuments::condition).toList();
            case DECISION_NUMBER -> p.decisionNumber;
            case DECISION_DATE -> written(p.decisionDate);
            case DECISION_SIGNER -> p.decisionSigner;
            case REJECTION_REASON -> p.closingReason;
            case REVOCATION_NUMBER -> p.revocationNumber;
            case REVOCATION_DATE -> written(p.revocationDate);
            case REVOCATION_REASON -> p.revocationReason == null ? null : p.revocationReason.strip().replaceAll("[.;]+$", "");
            default -> throw new IllegalArgumentException(placeholder + " is not about a proposal");
        };
    }

    /**
     * "Bàn giao trước tháng 6 (theo ý kiến của Sở Y tế)": the text as typed without its closing stop (the template's
     * sentence has its own), and the agency that set it; the decision's own conditions name none.
     */
    private static String condition(StepRecord.Condition c) {
        String text = c.text().strip().replaceAll("[.;]+$", "");
        return c.agency() == null ? text
                : text + " (theo ý kiến của " + agencyName(c.agency()) + ")";
    }

    private static String agencyName(String code) {
        return OrgUnit.findByCode(code).map(unit -> unit.nameVi).orElse(code);
    }

    private static String written(LocalDate date) {
        return date == null ? null : DecreeDates.written(date);
    }

    /** 60 → "60%", 33.5 → "33,5%". */
    private static String percent(BigDecimal share) {
        return share.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }
}
