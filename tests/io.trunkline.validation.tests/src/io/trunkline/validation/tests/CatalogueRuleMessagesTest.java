package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.model.EdgePool;
import io.trunkline.model.LineType;
import io.trunkline.model.PeerKind;
import io.trunkline.model.PstnLink;
import io.trunkline.model.WanCodec;
import io.trunkline.validation.Finding;
import io.trunkline.validation.Validation;

/** The new catalogue rules say what is wrong with the numbers that show it, and what to do. */
class CatalogueRuleMessagesTest {

    private static List<Finding> findings(Base b, String rule) {
        return Validation.validate(b.topology).findings().stream().filter(f -> f.rule().id().equals(rule)).toList();
    }

    private static String onlyMessage(Base b, String rule) {
        List<Finding> found = findings(b, rule);
        assertEquals(1, found.size(), found.toString());
        return found.get(0).message();
    }

    @Test
    void wanBandwidthShowsCallsPerCallFigureAndTheBandwidthToBuy() {
        Base b = new Base();
        b.wan.setCodec(WanCodec.G711_FEC);
        b.wan.setAudioBandwidthKbps(1_000);
        // Branch: A = 40 x 1 x 180 / 3600 = 2 E -> 7 calls at 1 %; with FEC 7 x 166 = 1,162 kbit/s > 1,000.
        String message = onlyMessage(b, "TL-MB-10");
        assertTrue(message.contains("up to 7 concurrent PSTN calls (Erlang B at 1.00 % over 2.0 E) x 166 kbit/s = 1,162 kbit/s"), message);
        assertTrue(message.contains("raise it to at least 1,162 kbit/s or enable media bypass"), message);
    }

    @Test
    void theLineLimitCountsT1AndE1LinesAsShareOfAServer() {
        Base b = new Base();
        // 23 T1 lines = half a server (23 / 46) + 18 E1 lines = 18 / 35 = 0.514 of a server: 1.01 servers > 1.
        line(b, LineType.T1, 23, "pstnlink-00000001");
        line(b, LineType.E1, 18, "pstnlink-00000002");
        String message = onlyMessage(b, "TL-MS-05");
        assertTrue(message.contains("has 23 T1 and 18 E1 lines"), message);
        assertTrue(message.contains("2 server(s) are needed where 1 are drawn"), message);
        assertTrue(message.contains("turn hyper-threading on"), message);
    }

    @Test
    void withHyperThreadingTheSameLinesFit() {
        Base b = new Base();
        b.med.setHyperThreading(true);
        // 23 / 63 + 18 / 47 = 0.365 + 0.383 = 0.75 of a server.
        line(b, LineType.T1, 23, "pstnlink-00000001");
        line(b, LineType.E1, 18, "pstnlink-00000002");
        assertEquals(List.of(), findings(b, "TL-MS-05"));
    }

    @Test
    void theEdgeRuleShowsItsArithmetic() {
        Base b = new Base();
        EdgePool edge = Base.F.createEdgePool();
        edge.setId("edge-00000001");
        edge.setName("HQ Edge");
        edge.setServers(1);
        edge.setConcurrentRemoteUsers(25_000);
        b.hq.getEdgePools().add(edge);
        // max(2, ⌈25,000 / 12,000⌉ = 3) = 3: add 2.
        String message = onlyMessage(b, "TL-CS-10");
        assertTrue(message.contains("needs max(2, ⌈25,000 / 12,000⌉) = 3: add 2"), message);
    }

    @Test
    void theSipTrunkBandwidthRuleSaysHowManyCallsFit() {
        Base b = new Base();
        b.gw2.setKind(PeerKind.ITSP_SBC);
        b.root2.setMaxSimultaneousCalls(30);
        b.root2.setAccessBandwidthKbps(2_000);
        // 30 x 72 = 2,160 kbit/s > 2,000; 2,000 / 72 = 27 calls fit.
        String message = onlyMessage(b, "TL-MB-11");
        assertTrue(message.contains("30 calls x (64 + 8 kbit/s of headers) = 2,160 kbit/s over 2,000 kbit/s"), message);
        assertTrue(message.contains("cap the calls at 27"), message);
    }

    @Test
    void aPoolAddressRepeatingAPeersMediaAddressIsReported() {
        Base b = new Base();
        b.fe.getIpAddresses().addAll(List.of("192.0.2.1", "192.0.2.2"));
        b.gw2.setMediaIpAddress("192.0.2.2");
        List<Finding> found = findings(b, "TL-ID-02");
        assertEquals(1, found.size(), found.toString());
        // A site's pools come before its peers, so the peer repeats the pool's address.
        assertEquals(b.gw2, found.get(0).target());
        assertTrue(found.get(0).message().contains("192.0.2.2") && found.get(0).message().contains("HQ Front End"), found.get(0).message());
    }

    @Test
    void aCollocatedMediationPoolSharesItsHostsAddresses() {
        Base b = new Base();
        b.fe.getIpAddresses().add("192.0.2.1");
        b.med.setKind(io.trunkline.model.MediationKind.COLLOCATED_FE);
        b.med.setCollocatedWith(b.fe);
        b.med.getIpAddresses().add("192.0.2.1");
        assertEquals(List.of(), findings(b, "TL-ID-02"));
    }

    private static void line(Base b, LineType type, int lines, String id) {
        PstnLink link = Base.F.createPstnLink();
        link.setId(id);
        link.setGateway(b.gw1);
        link.setLineType(type);
        link.setLines(lines);
        b.hq.getPstnLinks().add(link);
    }
}
