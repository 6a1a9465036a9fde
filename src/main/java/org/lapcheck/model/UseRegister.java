package org.lapcheck.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The register of instances of use ({@code inputs/reference/use-register.yaml}), in file order; empty when the file
 * is absent.
 *
 * @param file the register's file as shown in problems and reports, or null when there is none
 */
public record UseRegister(List<UseInstance> instances, String file) {

    public static final UseRegister NONE = new UseRegister(List.of(), null);

    public UseRegister {
        instances = List.copyOf(instances);
    }

    public Set<String> ids() {
        return instances.stream().map(UseInstance::id).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<UseInstance> instance(String id) {
        return instances.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return instances.isEmpty();
    }
}
