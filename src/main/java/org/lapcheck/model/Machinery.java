package org.lapcheck.model;

import java.time.LocalDate;
import java.util.List;

/** The convention's machinery for one presidency term: every office with its holder and address. */
public record Machinery(String term, LocalDate termStart, LocalDate termEnd, List<Officeholder> offices, String file) {

    public Machinery {
        offices = List.copyOf(offices);
    }

    public List<Officeholder> withRole(String role) {
        return offices.stream().filter(o -> role.equals(o.role())).toList();
    }

    public List<Officeholder> coordinatorsOf(String area) {
        return offices.stream().filter(o -> "coordinator".equals(o.role()) && area.equals(o.area())).toList();
    }
}
