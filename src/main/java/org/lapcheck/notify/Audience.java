package org.lapcheck.notify;

/** Who a digest is written for; each audience has its own selection of findings and its own layout. */
public enum Audience {
    /** A thematic coordinator: the findings of their area. */
    COORDINATOR("coordinator"),
    /** A gender focal point: gender and diversity findings from every area. */
    GENDER_FOCAL_POINT("gender-focal-point"),
    /** The current president: early warnings, compliance and machinery findings. */
    PRESIDENCY("presidency"),
    /** A member of the presidential troika: the overview. */
    TROIKA("troika"),
    /** The Implementation Support Unit: the findings routed to it. */
    ISU("isu"),
    /** A state's contact: feedback on its own report only. */
    STATE("state");

    private final String slug;

    Audience(String slug) {
        this.slug = slug;
    }

    /** The first word of recipient keys and outbox file names. */
    public String slug() {
        return slug;
    }
}
