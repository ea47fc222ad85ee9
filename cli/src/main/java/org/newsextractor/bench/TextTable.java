package org.newsextractor.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A plain-text table: the first column aligned left, the others right unless told, two spaces apart. */
final class TextTable {
    private final List<List<String>> rows = new ArrayList<>();
    private final Set<Integer> leftAligned = new HashSet<>(Set.of(0));

    /**
     * @param header the column titles
     */
    TextTable(String... header) {
        rows.add(List.of(header));
    }

    /**
     * @param column a column to align left, counted from 0, like the first
     * @return this table
     */
    TextTable alignLeft(int column) {
        leftAligned.add(column);
        return this;
    }

    /**
     * @param cells one row, as many cells as the header
     * @return this table
     * @throws IllegalArgumentException when the row has the wrong number of cells
     */
    TextTable row(String... cells) {
        if (cells.length != rows.get(0).size()) {
            throw new IllegalArgumentException("expected " + rows.get(0).size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** @return the table, one line per row, each line ended by a newline and without trailing spaces */
    String render() {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(leftAligned.contains(c) ? cell + pad : pad + cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
