// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { connectToHost } from './host-port';

const TOKEN = 'a'.repeat(32);

/** A message event as the card's window receives it, `from` the parent (the page or Quarry's script in it). */
function arrive(data: unknown, port?: MessagePort, source: unknown = window.parent) {
  window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, ports: port ? [port] : [] }));
}

function received(port: MessagePort): unknown[] {
  const got: unknown[] = [];
  port.onmessage = (event) => got.push(event.data);
  return got;
}

const settle = () => new Promise((done) => setTimeout(done, 20));

describe("the card's line to its host", () => {
  it('takes the one port handed over with its token, and sends what waited until then', async () => {
    const host = connectToHost(TOKEN);
    host.post({ quarryCard: 'height', height: 300 });
    const line = new MessageChannel();
    const got = received(line.port1);
    arrive({ quarryCard: 'port', token: TOKEN }, line.port2);
    host.post({ quarryCard: 'close' });
    await settle();
    expect(got).toEqual([{ quarryCard: 'height', height: 300 }, { quarryCard: 'close' }]);
  });

  it('ignores a port offered with a wrong or no token, or from elsewhere than its parent', async () => {
    const host = connectToHost(TOKEN);
    const offers = [new MessageChannel(), new MessageChannel(), new MessageChannel()];
    const heard = offers.map((offer) => received(offer.port1));
    arrive({ quarryCard: 'port', token: '0'.repeat(32) }, offers[0]!.port2);
    arrive({ quarryCard: 'port' }, offers[1]!.port2);
    arrive({ quarryCard: 'port', token: TOKEN }, offers[2]!.port2, null);
    host.post({ quarryCard: 'close' });
    const real = new MessageChannel();
    const got = received(real.port1);
    arrive({ quarryCard: 'port', token: TOKEN }, real.port2);
    await settle();
    expect(heard).toEqual([[], [], []]);
    expect(got).toEqual([{ quarryCard: 'close' }]);
  });

  it('a card without a token takes no port at all', async () => {
    const host = connectToHost('');
    const offer = new MessageChannel();
    const got = received(offer.port1);
    arrive({ quarryCard: 'port', token: '' }, offer.port2);
    host.post({ quarryCard: 'close' });
    await settle();
    expect(got).toEqual([]);
  });
});
