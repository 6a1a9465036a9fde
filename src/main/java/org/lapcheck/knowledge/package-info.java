/**
 * The knowledge base: compiles every {@code .drl} under {@code rules/} at run time, checks that each rule carries
 * the metadata findings are built from and names LAP actions in the catalogue, and reports every problem as
 * {@code file:line: message}. Only this package and {@code assess} touch Drools.
 */
package org.lapcheck.knowledge;
