package io.newsmonitor.ingest.publish;

import io.newsmonitor.events.RawArticle;
import java.util.List;
import org.apache.kafka.common.errors.RecordTooLargeException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** An emitter that plays the broker: it acknowledges, refuses (for any reason or for the record's size), or never answers. */
public final class FakeEmitter implements Emitter<RawArticle> {

    /** How the fake broker answers each message. */
    public enum Answer { ACK, NACK, SILENCE, TOO_LARGE }

    private final List<Message<? extends RawArticle>> sent = new CopyOnWriteArrayList<>();
    private volatile Answer answer;

    public FakeEmitter(Answer answer) {
        this.answer = answer;
    }

    public void answer(Answer next) {
        this.answer = next;
    }

    public List<Message<? extends RawArticle>> sent() {
        return List.copyOf(sent);
    }

    @Override
    public CompletionStage<Void> send(RawArticle payload) {
        throw new UnsupportedOperationException("The publisher must send a Message with a key");
    }

    @Override
    public <M extends Message<? extends RawArticle>> void send(M message) {
        sent.add(message);
        switch (answer) {
            case ACK -> message.ack();
            case NACK -> message.nack(new IllegalStateException("NOT_ENOUGH_REPLICAS"));
            case SILENCE -> { }
            case TOO_LARGE -> message.nack(new RecordTooLargeException(
                    "The request included a message larger than the max message size the server will accept."));
        }
    }

    @Override
    public void complete() {
    }

    @Override
    public void error(Exception e) {
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public boolean hasRequests() {
        return true;
    }
}
