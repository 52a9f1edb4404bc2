using System.Net;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Mail;
using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Application.Notifications;

/// <summary>A reminder as mail: its title as subject, its body, and where to turn such mails off.</summary>
public sealed class ReminderMails(AccountOptions options)
{
    public const string PreferencesPath = "/settings/notifications";

    public OutboundMail For(Reminder reminder, string to)
    {
        var preferences = $"{options.LinkBaseUrl.TrimEnd('/')}{PreferencesPath}";
        const string Outro = "You get this mail because reminders by email are on; change that in your notification settings:";
        var text = $"{reminder.Body}\n\n{Outro}\n{preferences}\n";
        var html = $"<!DOCTYPE html><html><body><p>{WebUtility.HtmlEncode(reminder.Body)}</p><p>{WebUtility.HtmlEncode(Outro)} "
                   + $"<a href=\"{WebUtility.HtmlEncode(preferences)}\">{WebUtility.HtmlEncode(preferences)}</a></p></body></html>";
        return new OutboundMail(Guid.NewGuid(), to, reminder.Title, text, html);
    }
}
