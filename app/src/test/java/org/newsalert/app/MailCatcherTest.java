package org.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailCatcherTest {
    @TempDir
    Path dir;

    @Test
    void shouldPrintAndSaveEveryEmailItReceivesOverRealSmtp() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (MailCatcher c = MailCatcher.start(0, dir.resolve("mail"), new PrintStream(console, true, StandardCharsets.UTF_8))) {
            Properties p = new Properties();
            p.setProperty("mail.smtp.host", "127.0.0.1");
            p.setProperty("mail.smtp.port", Integer.toString(c.port()));
            MimeMessage m = new MimeMessage(Session.getInstance(p));
            m.setFrom(new InternetAddress("newsalert@localhost"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress("analyst@example.org"));
            m.setSubject("[newsalert] H.R. 6508: committee action");
            m.setText("what is new");
            Transport.send(m);
            c.showNew();
        }
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("mail     to analyst@example.org  [newsalert] H.R. 6508: committee action");
        Path eml = dir.resolve("mail").resolve("0001.eml");
        assertThat(Files.readString(eml)).contains("Subject: [newsalert] H.R. 6508: committee action").contains("what is new");
    }
}
