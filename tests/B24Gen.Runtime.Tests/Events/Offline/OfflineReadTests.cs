namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>
/// <see cref="B24OfflineEvents.ReadOfflineEventsAsync"/> against the emulator's queue: asking for the next event
/// acknowledges the last one; what was not acknowledged stays reserved and comes back to a reading of that process.
/// </summary>
public class OfflineReadTests : OfflineQueueTest
{
    [Fact]
    public async Task Every_event_is_delivered_once_typed_in_order_and_the_queue_is_empty_afterwards()
    {
        await QueueAsync(AddCode, 1, 2, 3, 4, 5);
        var events = new List<B24Event>();

        await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers, new() { BatchSize = 2 }))
        {
            events.Add(e);
        }

        Assert.Equal([1, 2, 3, 4, 5], events.Select(EntryId));
        Assert.All(events, e => Assert.IsType<EntryAdded>(e));
        Assert.All(events, e => Assert.Equal(32, e.Offline!.MessageId.Length));
        Assert.Empty(Queue);
    }

    [Fact]
    public async Task An_exception_in_the_loop_body_keeps_that_event_and_the_rest_reserved_and_the_process_gets_them_again()
    {
        await QueueAsync(AddCode, 1, 2, 3, 4, 5);
        string? processId = null;

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers))
            {
                processId = e.Offline!.ProcessId;
                if (EntryId(e) == 3)
                {
                    throw new InvalidOperationException("The handler failed.");
                }
            }
        });

        // 1 and 2 were acknowledged and cleared when the reading ended; 3 (in flight), 4 and 5 wait for their process.
        Assert.Equal([(3, processId!, false), (4, processId!, false), (5, processId!, false)], QueueState());
        Assert.Equal([3, 4, 5], await ReadAllAsync(new() { ProcessId = processId }));
        Assert.Empty(Queue);
    }

    [Fact]
    public async Task Break_clears_what_came_before_and_keeps_the_event_it_broke_on()
    {
        await QueueAsync(AddCode, 1, 2, 3);
        string? processId = null;

        await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers))
        {
            processId = e.Offline!.ProcessId;
            if (EntryId(e) == 2)
            {
                break;
            }
        }

        Assert.Equal([(2, processId!, false), (3, processId!, false)], QueueState());
        Assert.Equal([2, 3], await ReadAllAsync(new() { ProcessId = processId }));
    }

    [Fact]
    public async Task A_reading_without_the_process_id_never_gets_another_readings_reserved_events()
    {
        await QueueAsync(AddCode, 1, 2);
        await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers))
        {
            break;
        }

        await QueueAsync(AddCode, 3);

        // Why ProcessIdReserved matters: only a reading that names the process gets 1 and 2 back.
        Assert.Equal([3], await ReadAllAsync());
        Assert.Equal([1, 2], QueueState().Select(r => r.Id));
    }

    [Fact]
    public async Task Each_batch_process_id_is_handed_over_before_its_first_event()
    {
        await QueueAsync(AddCode, 1, 2, 3);
        var saved = new List<string>();
        var options = new B24OfflineEventOptions
        {
            BatchSize = 2,
            ProcessIdReserved = (id, _) =>
            {
                saved.Add(id);
                return ValueTask.CompletedTask;
            },
        };

        await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers, options))
        {
            Assert.Equal(saved[^1], e.Offline!.ProcessId);
        }

        Assert.Equal(2, saved.Distinct().Count());
    }

    [Fact]
    public async Task A_process_reserved_with_a_larger_batch_is_read_back_to_the_end()
    {
        await QueueAsync(AddCode, 1, 2, 3, 4, 5);
        string? processId = null;
        await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers, new() { BatchSize = 5 }))
        {
            processId = e.Offline!.ProcessId;
            break;
        }

        // Resumed two at a time: the reading asks the process again until it has nothing left.
        Assert.Equal([1, 2, 3, 4, 5], await ReadAllAsync(new() { ProcessId = processId, BatchSize = 2 }));
        Assert.Empty(Queue);
    }

    [Fact]
    public async Task An_event_without_a_typed_handler_is_delivered_raw()
    {
        await QueueAsync(AddCode, 1);

        var e = Assert.Single(await ReadEventsAsync(new B24EventHandlers()));

        Assert.IsType<B24RawEvent>(e);
        Assert.Equal(AddCode, e.Code);
    }

    [Fact]
    public async Task EventCode_reserves_only_that_code_and_leaves_the_others_free()
    {
        await BindAsync(UpdateCode);
        await QueueAsync(AddCode, 1);
        await QueueAsync(UpdateCode, 2);

        var events = await ReadEventsAsync(TypedHandlers, new() { EventCode = UpdateCode.ToLowerInvariant() });

        Assert.IsType<EntryUpdated>(Assert.Single(events));
        Assert.Equal([(1, "", false)], QueueState());
    }

    private async Task<List<B24Event>> ReadEventsAsync(B24EventHandlers handlers, B24OfflineEventOptions? options = null)
    {
        var events = new List<B24Event>();
        await foreach (var e in App.ReadOfflineEventsAsync(handlers, options))
        {
            events.Add(e);
        }

        return events;
    }
}
