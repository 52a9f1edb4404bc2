using System.Net;
using AdaptiveLearning.Application.Mail;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

/// <summary>The account mails, plain text and minimal HTML. Links open the frontend, which posts the token to the API.</summary>
public sealed class AccountMails(AccountOptions options)
{
    public const string ResetPath = "/reset-password";
    public const string VerifyPath = "/verify-email";

    public OutboundMail PasswordReset(User user, string secret) => Build(user.Email, "Reset your password",
        $"Hello {Name(user)},\n\nSomeone asked to reset the password of your account. If it was you, open this link within "
        + $"{options.PasswordResetMinutes:0} minutes to choose a new one:",
        Link(ResetPath, secret),
        "If you did not ask, ignore this mail: your password stays as it is.");

    public OutboundMail Verification(User user, string email, string secret) => Build(email, "Confirm your email address",
        $"Hello {Name(user)},\n\nPlease confirm that {email} is your address by opening this link:",
        Link(VerifyPath, secret),
        "If you did not create an account or change its address, ignore this mail.");

    public OutboundMail EmailChangeNotice(User user, string newEmail) => Build(user.Email, "Your email address is being changed",
        $"Hello {Name(user)},\n\nSomeone signed in to your account asked to move it to {newEmail}. The change happens only "
        + "once that address is confirmed.", null,
        "If this was not you, change your password now and check your signed-in devices.");

    public OutboundMail PasswordChanged(User user) => Build(user.Email, "Your password was changed",
        $"Hello {Name(user)},\n\nThe password of your account was just changed, and every other device was signed out.", null,
        "If this was not you, reset your password now.");

    private static string Name(User user) => user.DisplayName ?? user.Username;

    private string Link(string path, string secret) => $"{options.LinkBaseUrl.TrimEnd('/')}{path}?token={Uri.EscapeDataString(secret)}";

    private static OutboundMail Build(string to, string subject, string intro, string? link, string outro)
    {
        var text = link is null ? $"{intro}\n\n{outro}\n" : $"{intro}\n\n{link}\n\n{outro}\n";
        var paragraphs = intro.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>");
        var html = "<!DOCTYPE html><html><body>" + string.Concat(paragraphs)
                   + (link is null ? "" : $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>")
                   + $"<p>{WebUtility.HtmlEncode(outro)}</p></body></html>";
        return new OutboundMail(Guid.NewGuid(), to, subject, text, html);
    }
}
