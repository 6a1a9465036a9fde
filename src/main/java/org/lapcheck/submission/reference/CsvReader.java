package org.lapcheck.submission.reference;

import java.util.ArrayList;
import java.util.List;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;

/**
 * RFC 4180 CSV, read by hand so every cell keeps its line and column: commas separate, a double-quoted cell may
 * hold commas, line breaks and doubled quotes ({@code ""}). Blank lines are skipped.
 */
public final class CsvReader {

    record Cell(String text, Position at) {}

    public record Row(int line, List<Cell> cells) {}

    private final String file;
    private final String text;
    private final List<Problem> problems = new ArrayList<>();
    private int i;
    private int line = 1;
    private int column = 1;

    public CsvReader(String file, String text) {
        this.file = file;
        this.text = text;
    }

    List<Problem> problems() {
        return problems;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (i < text.length()) {
            int rowLine = line;
            List<Cell> cells = new ArrayList<>();
            boolean endOfRow = false;
            while (!endOfRow) {
                Position at = new Position(line, column);
                String cell = peek() == '"' ? quoted(at) : unquoted();
                cells.add(new Cell(cell, at));
                if (at(',')) {
                    advance();
                } else {
                    endOfRow = true;
                    if (at('\r')) {
                        advance();
                    }
                    if (at('\n')) {
                        advance();
                    }
                }
            }
            if (!(cells.size() == 1 && cells.get(0).text().isEmpty())) {
                rows.add(new Row(rowLine, cells));
            }
        }
        return rows;
    }

    private String unquoted() {
        StringBuilder cell = new StringBuilder();
        while (i < text.length() && peek() != ',' && peek() != '\n' && peek() != '\r') {
            if (peek() == '"') {
                problems.add(Problem.error(file, new Position(line, column),
                        "a double quote inside an unquoted cell; quote the whole cell and double the quote (\"\")"));
            }
            cell.append(advance());
        }
        return cell.toString();
    }

    private String quoted(Position at) {
        advance(); // the opening quote
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (i >= text.length()) {
                problems.add(Problem.error(file, at, "a quoted cell is not closed"));
                return cell.toString();
            }
            char c = advance();
            if (c != '"') {
                cell.append(c);
            } else if (peek() == '"') {
                cell.append(advance());
            } else {
                break;
            }
        }
        if (i < text.length() && peek() != ',' && peek() != '\n' && peek() != '\r') {
            problems.add(Problem.error(file, new Position(line, column), "text after the closing quote of a cell"));
            unquoted();
        }
        return cell.toString();
    }

    private boolean at(char c) {
        return i < text.length() && text.charAt(i) == c;
    }

    private char peek() {
        return i < text.length() ? text.charAt(i) : '\n';
    }

    private char advance() {
        char c = text.charAt(i++);
        // CR, LF and CRLF each end one line, as an editor shows a file saved with any of them.
        if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
            line++;
            column = 1;
        } else if (!Character.isLowSurrogate(c)) {
            column++;
        }
        return c;
    }
}
