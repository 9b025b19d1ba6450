package org.newsalert.notify.delivery;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeliveryTarget;

/**
 * Sends an alert as a multipart/alternative email (text and HTML) with RFC 8058 one-click
 * unsubscribe headers and a Message-ID derived from the alert's idempotency key, so that a repeat
 * sent after a crash is recognisable as the same message. SMTP 5xx answers and invalid addresses
 * are permanent; connection failures, timeouts and 4xx answers are retried.
 */
public final class EmailSender implements Sender {
    private final SmtpSettings smtp;
    private final AlertEmail renderer;
    private final Session session;
    private final InternetAddress from;
    private final String messageIdDomain;

    public EmailSender(SmtpSettings smtp, AlertEmail renderer) {
        this.smtp = Objects.requireNonNull(smtp, "smtp");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        try {
            this.from = new InternetAddress(smtp.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("SMTP from address is invalid: " + smtp.from(), e);
        }
        String addr = from.getAddress();
        this.messageIdDomain = addr.substring(addr.indexOf('@') + 1);
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", smtp.host());
        p.setProperty("mail.smtp.port", Integer.toString(smtp.port()));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(smtp.connectTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(smtp.readTimeout().toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(smtp.readTimeout().toMillis()));
        p.setProperty("mail.smtp.from", addr);
        if (smtp.startTls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        Authenticator auth = null;
        if (smtp.username() != null) {
            p.setProperty("mail.smtp.auth", "true");
            PasswordAuthentication pa = new PasswordAuthentication(smtp.username(), smtp.password() == null ? "" : smtp.password());
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return pa;
                }
            };
        }
        this.session = Session.getInstance(p, auth);
    }

    @Override
    public String lane(AlertMatched alert) {
        return "smtp:" + smtp.host() + ":" + smtp.port();
    }

    @Override
    public DeliveryResult send(AlertMatched alert, int attempt) {
        if (alert.target().kind() != DeliveryTarget.Kind.EMAIL) {
            throw new IllegalArgumentException("not an email alert: " + alert.target());
        }
        String to = alert.target().address();
        InternetAddress rcpt;
        try {
            if (to.indexOf('\r') >= 0 || to.indexOf('\n') >= 0) {
                return new DeliveryResult.Rejected(null, "email address of subscription " + alert.subscriptionId() + " contains CR/LF");
            }
            rcpt = new InternetAddress(to, true);
        } catch (AddressException e) {
            return new DeliveryResult.Rejected(null, "invalid email address '" + to + "' for subscription "
                    + alert.subscriptionId() + ": " + e.getMessage());
        }
        try {
            MimeMessage msg = message(alert, rcpt);
            Transport.send(msg);
            return new DeliveryResult.Delivered(250, "accepted by " + smtp.host() + ":" + smtp.port());
        } catch (MessagingException e) {
            return classify(e, to);
        }
    }

    /** Builds the message without sending it (tests inspect it). */
    MimeMessage message(AlertMatched alert, InternetAddress rcpt) throws MessagingException {
        AlertEmail.Rendered r = renderer.render(alert);
        String messageId = "<" + alert.key() + ".alert@" + messageIdDomain + ">";
        MimeMessage msg = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        msg.setFrom(from);
        msg.setRecipient(Message.RecipientType.TO, rcpt);
        msg.setSubject(AlertEmail.headerSafe(r.subject()), "UTF-8");
        msg.setSentDate(new Date());
        msg.setHeader("List-Unsubscribe", "<" + r.unsubscribeUrl() + ">");
        msg.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        msg.setHeader("Auto-Submitted", "auto-generated");
        msg.setHeader("X-Newsalert-Subscription", AlertEmail.headerSafe(alert.subscriptionId()));

        MimeBodyPart text = new MimeBodyPart();
        text.setText(r.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(r.html(), "UTF-8", "html");
        MimeMultipart alt = new MimeMultipart("alternative");
        alt.addBodyPart(text);
        alt.addBodyPart(html);
        msg.setContent(alt);
        msg.saveChanges();
        return msg;
    }

    private DeliveryResult classify(MessagingException e, String to) {
        String where = "SMTP " + smtp.host() + ":" + smtp.port();
        for (Exception x = e; x != null; x = x instanceof MessagingException me ? me.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException af) {
                return byCode(af.getReturnCode(), where + " refused recipient " + to + ": " + oneLine(af.getMessage()));
            }
            if (x instanceof SMTPSendFailedException sf) {
                return byCode(sf.getReturnCode(), where + " refused the message for " + to + ": " + oneLine(sf.getMessage()));
            }
        }
        if (e instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null && sfe.getInvalidAddresses().length > 0) {
            return new DeliveryResult.Rejected(null, where + " refused recipient " + to + ": " + oneLine(e.getMessage()));
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNextException();
        String why = cause instanceof IOException io ? io.getClass().getSimpleName() + ": " + io.getMessage() : oneLine(e.getMessage());
        return new DeliveryResult.RetryLater(null, "cannot send to " + to + " via " + where + ": " + why, null);
    }

    private static DeliveryResult byCode(int code, String message) {
        return code >= 500 ? new DeliveryResult.Rejected(code, message) : new DeliveryResult.RetryLater(code > 0 ? code : null, message, null);
    }

    private static String oneLine(String s) {
        return s == null ? "" : AlertEmail.headerSafe(s);
    }
}
