using AdaptiveLearning.Application.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace AdaptiveLearning.Infrastructure.Mail;

/// <summary>Delivers one message over SMTP with MailKit, a connection per message (account mail is rare).</summary>
internal sealed class SmtpMailSender(MailOptions options)
{
    public async Task SendAsync(OutboundMail mail, CancellationToken ct)
    {
        var message = new MimeMessage
        {
            // The outbox id as Message-Id: a mail resent after a crash can be recognised as the same message.
            MessageId = $"{mail.Id:N}@adaptive-learning",
            Subject = mail.Subject,
            Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));

        var smtp = options.Smtp;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(smtp.Username))
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", ct);
        // Not cancellable: stopping half-way through DATA could leave the server holding a message we then send again.
        await client.SendAsync(message, CancellationToken.None);
        await client.DisconnectAsync(quit: true, CancellationToken.None);
    }
}
