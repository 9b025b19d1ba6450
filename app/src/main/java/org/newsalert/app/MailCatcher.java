package org.newsalert.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local mail catcher of {@code newsalert run}: a real SMTP server (GreenMail) on loopback that
 * accepts every message, prints one line per email to the console and keeps each as an {@code .eml}
 * file, so a first-time user sees email alerts without an SMTP relay or Docker. Not for production:
 * it keeps mail in memory for the life of the process.
 */
final class MailCatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

    private final GreenMail server;
    private final Path folder;
    private final PrintStream console;
    private final Thread watcher;
    private int shown;

    private MailCatcher(GreenMail server, Path folder, PrintStream console) {
        this.server = server;
        this.folder = folder;
        this.console = console;
        this.watcher = new Thread(this::watch, "mail-catcher");
        this.watcher.setDaemon(true);
    }

    /** Starts SMTP on 127.0.0.1 ({@code port} 0: any free port), saving mail under {@code folder}. */
    static MailCatcher start(int port, Path folder, PrintStream console) throws IOException {
        Files.createDirectories(folder);
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        MailCatcher c = new MailCatcher(server, folder, console);
        c.watcher.start();
        return c;
    }

    int port() {
        return server.getSmtp().getPort();
    }

    Path folder() {
        return folder;
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(300);
                showNew();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("mail catcher: cannot show received mail: {}", e.toString());
            }
        }
    }

    /** Prints and saves the messages received since the last call. */
    synchronized void showNew() {
        MimeMessage[] all = server.getReceivedMessages();
        for (; shown < all.length; shown++) {
            MimeMessage m = all[shown];
            Path file = folder.resolve(String.format(Locale.ROOT, "%04d.eml", shown + 1));
            try (OutputStream out = Files.newOutputStream(file)) {
                m.writeTo(out);
                console.println("mail     to " + addresses(m.getAllRecipients()) + "  " + m.getSubject() + "  (" + file + ")");
            } catch (IOException | MessagingException e) {
                log.warn("mail catcher: cannot save message {} to {}: {}", shown + 1, file, e.toString());
            }
        }
    }

    private static String addresses(Address[] as) {
        return as == null ? "" : Arrays.stream(as).map(Address::toString).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        watcher.interrupt();
        showNew();
        server.stop();
    }
}
