using System.Text;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.Features.Users.ListNotifications;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Application.Common;
using ReminderMails = AdaptiveLearning.Application.Notifications.ReminderMails;
using AdaptiveLearning.Application.Notifications.SendReminders;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;
using Microsoft.Extensions.DependencyInjection;

using UpdateNotificationPreferencesRequest = AdaptiveLearning.Api.Features.Users.UpdateNotificationPreferences.UpdateNotificationPreferencesRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Notifications;

/// <summary>Learners with a confirmed address, the reminder pass at a chosen instant, and the feed.</summary>
internal static class Reminders
{
    public static async Task<HttpClient> LearnerAsync(string name, string timeZone)
    {
        var learner = await LearningApi.LearnerAsync(name, timeZone);
        await ContentSeed.ScalarAsync("UPDATE users SET email_verified_at = UTC_TIMESTAMP(6) WHERE username = @Name", new { Name = name });
        return learner;
    }

    /// <summary>Runs the reminder pass judging by <paramref name="at"/>, as the scheduled job does with the clock's now.</summary>
    public static async Task<ReminderRun> RunAsync(DateTimeOffset at)
    {
        await using var scope = LearningApi.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IHandler<SendRemindersCommand, ReminderRun>>()
            .HandleAsync(new SendRemindersCommand(at), CancellationToken.None);
    }

    public static Task<NotificationFeed> FeedAsync(this HttpClient learner, bool unread = false, int limit = 100, string? cursor = null) =>
        learner.GetAsAsync<NotificationFeed>($"{ListNotificationsRequest.Route}?unread={(unread ? "true" : "false")}&limit={limit}"
                                             + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));

    public static Task<HttpResponseMessage> PutPreferencesAsync(this HttpClient learner, object body) =>
        learner.PutAsync(Api.Route(UpdateNotificationPreferencesRequest.Route),
            new StringContent(JsonSerializer.Serialize(body, body.GetType(), ClientJson.Options), Encoding.UTF8, "application/json"));

    public static async Task<NotificationPreferencesView> SetPreferencesAsync(this HttpClient learner, Wire.UpdateNotificationPreferencesRequest body) =>
        await (await learner.PutPreferencesAsync(body)).ReadAsAsync<NotificationPreferencesView>();

    /// <summary>Reminder mails queued for the learner's address (what smtp4dev receives, counted at the source; not the sign-up mail).</summary>
    public static Task<long> QueuedMailsAsync(string name) => ContentSeed.ScalarAsync(
        "SELECT COUNT(*) FROM mail_outbox WHERE recipient = @Email AND text_body LIKE CONCAT('%', @Path, '%')",
        new { Email = $"{name}@example.test", Path = ReminderMails.PreferencesPath });

    public static async Task<Guid> IdAsync(this HttpClient learner) => (await learner.GetAsAsync<UserProfile>(GetMeEndpoint.Route)).Id;
}
