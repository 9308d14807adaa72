package io.trunkline.imports;

/**
 * A document or inventory Trunkline cannot import, said in the planner's words: the file, the line and the
 * element path (e.g. {@code /Topology/Services/Service[3]}) where the problem is, and what is wrong. Nothing has
 * been created or changed when this is thrown.
 */
public final class ImportProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String path;
    private final String problem;

    /**
     * @param file the file's name as the planner knows it
     * @param line the line, or 0 when the problem is about the whole file
     * @param path the element path, or {@code ""}
     * @param problem what is wrong, in the planner's words
     */
    public ImportProblem(String file, int line, String path, String problem) {
        super(message(file, line, path, problem));
        this.file = file;
        this.line = line;
        this.path = path == null ? "" : path;
        this.problem = problem;
    }

    /** The file's name. */
    public String file() {
        return file;
    }

    /** The line the problem is on, or 0 for the whole file. */
    public int line() {
        return line;
    }

    /** The element path, or {@code ""}. */
    public String path() {
        return path;
    }

    /** What is wrong, without file and place. */
    public String problem() {
        return problem;
    }

    private static String message(String file, int line, String path, String problem) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (path != null && !path.isEmpty()) {
            text.append(", ").append(path);
        }
        return text.append(": ").append(problem).toString();
    }
}
