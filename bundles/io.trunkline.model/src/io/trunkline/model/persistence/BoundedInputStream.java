package io.trunkline.model.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails once more than a given number of bytes has been read from it, so a file that grows while it
 * is parsed is refused like one that was too large from the start.
 */
final class BoundedInputStream extends FilterInputStream {

    /** Reading went past the limit; {@link #bytesRead()} is how far it got. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final long bytesRead;

        Exceeded(long bytesRead) {
            super("more than the limit was read");
            this.bytesRead = bytesRead;
        }

        long bytesRead() {
            return bytesRead;
        }
    }

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws Exceeded {
        count += n;
        if (count > limit) {
            throw new Exceeded(count);
        }
    }
}
